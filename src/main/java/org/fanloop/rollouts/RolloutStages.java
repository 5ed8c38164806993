package org.fanloop.rollouts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fanloop.releases.Rollout;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rollout_stages table.
 */
@Repository
class RolloutStages {

	private final JdbcClient jdbc;

	RolloutStages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long buildId, int percent, boolean halted, @Nullable String reason, String by, Instant at) {
		jdbc.sql("""
				insert into rollout_stages (build_id, percent, halted, reason, changed_by, changed_at)
				values (:build, :percent, :halted, :reason, :by, :at)""")
			.param("build", buildId)
			.param("percent", percent)
			.param("halted", halted)
			.param("reason", reason)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	Rollout of(long buildId) {
		return of(List.of(buildId)).getOrDefault(buildId, Rollout.of(List.of()));
	}

	/** The rollouts of these builds, in one query. */
	Map<Long, Rollout> of(Collection<Long> buildIds) {
		Map<Long, List<Rollout.Stage>> stages = new HashMap<>();
		if (!buildIds.isEmpty()) {
			jdbc.sql("""
					select build_id, percent, halted, reason, changed_by, changed_at
					from rollout_stages where build_id in (:ids) order by build_id, id""")
				.param("ids", buildIds)
				.query((rs, row) -> stages.computeIfAbsent(rs.getLong("build_id"), id -> new ArrayList<>())
					.add(new Rollout.Stage(rs.getInt("percent"), rs.getBoolean("halted"), rs.getString("reason"),
							rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class).toInstant())))
				.list();
		}
		Map<Long, Rollout> rollouts = new HashMap<>();
		for (Long id : buildIds) {
			rollouts.put(id, Rollout.of(stages.getOrDefault(id, List.of())));
		}
		return rollouts;
	}

}
