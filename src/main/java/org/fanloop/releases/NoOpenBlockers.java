package org.fanloop.releases;

import java.util.List;
import java.util.stream.Collectors;

import org.fanloop.web.Words;
import org.fanloop.posts.BugService;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.Severity;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A build with an unresolved blocker bug reported against it does not go to stable. A
 * blocker is resolved when it is shipped (fixed), declined or merged, or re-graded below
 * blocker.
 */
@Component
@Order(1)
class NoOpenBlockers implements PromotionRule {

	private final BugService bugs;

	NoOpenBlockers(BugService bugs) {
		this.bugs = bugs;
	}

	@Override
	public List<GateRule> check(Build build) {
		List<PostCard> open = bugs.unresolved(build.id(), Severity.BLOCKER);
		if (open.isEmpty()) {
			return List.of(new GateRule("no-open-blockers", true, Words.page("gate.no-blockers")));
		}
		String which = open.stream().map(bug -> "#" + bug.id() + " " + bug.title()).collect(Collectors.joining("; "));
		return List.of(new GateRule("no-open-blockers", false,
				Words.page((open.size() == 1) ? "gate.blocker" : "gate.blockers", open.size(), which)));
	}

}
