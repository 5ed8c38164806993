package org.fanloop.reputation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What each contribution is worth and the levels' names and thresholds.
 *
 * @param levels name:points pairs, lowest first; the first must start at 0
 */
@ConfigurationProperties("fanloop.reputation")
record ReputationSettings(@DefaultValue("10") int ideaInBeta, @DefaultValue("20") int ideaShipped,
		@DefaultValue("5") int bugConfirmed, @DefaultValue("10") int bugFixed, @DefaultValue("5") int helpfulComment,
		@DefaultValue("3") int experienceReport, @DefaultValue("10") int sessionAttended, @DefaultValue( {
				"Newcomer:0", "Contributor:15", "Regular:50", "Insider:150", "Legend:400" }) List<String> levels){

	int points(Reason reason) {
		return switch (reason) {
			case IDEA_IN_BETA -> ideaInBeta;
			case IDEA_SHIPPED -> ideaShipped;
			case BUG_CONFIRMED -> bugConfirmed;
			case BUG_FIXED -> bugFixed;
			case HELPFUL_COMMENT -> helpfulComment;
			case EXPERIENCE_REPORT -> experienceReport;
			case SESSION_ATTENDED -> sessionAttended;
		};
	}

	/** The levels, lowest first. */
	List<Level> levelList() {
		List<Level> list = new ArrayList<>();
		for (String entry : levels) {
			String[] parts = entry.split(":");
			if (parts.length != 2) {
				throw new IllegalArgumentException("fanloop.reputation.levels: '" + entry + "' is not name:points");
			}
			list.add(new Level(parts[0].strip(), Long.parseLong(parts[1].strip())));
		}
		list.sort(Comparator.comparingLong(Level::points));
		if (list.isEmpty() || list.getFirst().points() != 0) {
			throw new IllegalArgumentException("fanloop.reputation.levels: the first level starts at 0 points");
		}
		return List.copyOf(list);
	}

	/** A named level and the points it starts at. */
	public record Level(String name, long points) {
	}

	Level levelOf(long points) {
		Level level = levelList().getFirst();
		for (Level each : levelList()) {
			if (points >= each.points()) {
				level = each;
			}
		}
		return level;
	}

	@Nullable Level nextAfter(Level level) {
		return levelList().stream().filter(each -> each.points() > level.points()).findFirst().orElse(null);
	}

	@Nullable Level named(String name) {
		return levelList().stream().filter(each -> each.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
	}

}
