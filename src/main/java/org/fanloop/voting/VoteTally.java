package org.fanloop.voting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fanloop.posts.PostService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the vote ledger into the tallies and the posts' sort keys, a few times a second.
 * Each fold is one transaction: it takes the fold lock, reads the oldest events, adds
 * them up per post, updates each post once and deletes exactly the events it read. A
 * crash rolls the fold back and the events wait for the next one, so no vote is lost or
 * counted twice.
 */
@Component
class VoteTally implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(VoteTally.class);

	private final Votes votes;

	private final PostService posts;

	private final TransactionTemplate transactions;

	private final VotingSettings settings;

	/** Only the scheduler thread touches these. */
	private long foldedSinceVacuum;

	private Instant lastVacuum = Instant.EPOCH;

	VoteTally(Votes votes, PostService posts, TransactionTemplate transactions, VotingSettings settings) {
		this.votes = votes;
		this.posts = posts;
		this.transactions = transactions;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::foldAll, settings.foldInterval());
	}

	/**
	 * Folds until the ledger is empty (or as far as the events committed so far go).
	 */
	void foldAll() {
		try {
			int folded;
			do {
				folded = fold();
				foldedSinceVacuum += folded;
			}
			while (folded == settings.foldBatch());
			vacuumWhenDue();
		}
		catch (RuntimeException ex) {
			log.warn("Folding votes failed; the events stay and the next fold retries them", ex);
		}
	}

	private void vacuumWhenDue() {
		Instant now = Instant.now();
		if (foldedSinceVacuum > 0 && now.isAfter(lastVacuum.plus(settings.vacuumInterval()))) {
			votes.vacuumLedger();
			foldedSinceVacuum = 0;
			lastVacuum = now;
		}
	}

	/**
	 * One fold; returns how many events it folded.
	 */
	int fold() {
		Integer folded = transactions.execute(status -> {
			votes.lockTally(Instant.now());
			List<Votes.VoteEvent> events = votes.oldestEvents(settings.foldBatch());
			if (events.isEmpty()) {
				return 0;
			}
			Map<Long, Long> deltas = events.stream()
				.collect(
						Collectors.groupingBy(Votes.VoteEvent::postId, Collectors.summingLong(Votes.VoteEvent::delta)));
			votes.addToTallies(deltas);
			posts.addVotes(deltas);
			votes.deleteEvents(events.stream().map(Votes.VoteEvent::id).toList());
			return events.size();
		});
		return (folded != null) ? folded : 0;
	}

}
