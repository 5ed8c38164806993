package org.fanloop.posts;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The posts module's facts about what members contributed, read whole for recomputing
 * reputation: the first time each post reached beta or shipped, bugs staff confirmed, and
 * comments staff marked helpful.
 */
@Component
public class Contributions {

	private final JdbcClient jdbc;

	Contributions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A post's first arrival at a status. */
	public record Milestone(long postId, long productId, PostKind kind, String authorName, PostStatus status,
			Instant at) {
	}

	/** A fact about one member's post or comment: which, whose, when. */
	public record Fact(long subjectId, long productId, String authorName, Instant at) {
	}

	/** The first time each post reached in_beta and shipped. */
	public List<Milestone> milestones() {
		return jdbc.sql("""
				select p.id, p.product_id, p.kind, p.author_name, s.to_status, min(s.changed_at) at
				from post_status_changes s join posts p on p.id = s.post_id
				where s.to_status in ('in_beta', 'shipped')
				group by p.id, p.product_id, p.kind, p.author_name, s.to_status""")
			.query((rs, row) -> new Milestone(rs.getLong("id"), rs.getLong("product_id"),
					PostKind.of(rs.getString("kind")), rs.getString("author_name"),
					PostStatus.of(rs.getString("to_status")),
					rs.getObject("at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Bugs staff confirmed, with when they first did. */
	public List<Fact> confirmedBugs() {
		return jdbc.sql("select id, product_id, author_name, confirmed_at from posts where confirmed_at is not null")
			.query((rs, row) -> new Fact(rs.getLong("id"), rs.getLong("product_id"), rs.getString("author_name"),
					rs.getObject("confirmed_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Comments staff marked helpful. */
	public List<Fact> helpfulComments() {
		return jdbc.sql("""
				select c.id, p.product_id, c.author_name, c.helpful_at
				from comments c join posts p on p.id = c.post_id where c.helpful_at is not null""")
			.query((rs, row) -> new Fact(rs.getLong("id"), rs.getLong("product_id"), rs.getString("author_name"),
					rs.getObject("helpful_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

}
