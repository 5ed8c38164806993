package org.fanloop.voting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.fanloop.posts.PostService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes votes in groups. A request hands its vote over and waits; one writer thread
 * takes whatever has queued up meanwhile and writes it in one transaction, so a vote
 * storm costs one commit (and one check of the posts, one update of each post's count by
 * the group's delta) per group instead of per vote, while a lone vote is written at once.
 * A hot post's row is therefore locked once per group, by one thread per node. A request
 * is answered only after its group committed, so an acknowledged vote survives a crash. A
 * group that fails is written again vote by vote, so one bad vote fails alone.
 */
@Component
class VoteWriter {

	private static final Logger log = LoggerFactory.getLogger(VoteWriter.class);

	private final BlockingQueue<Ballot> queue;

	private final Votes votes;

	private final PostService posts;

	private final TransactionTemplate transactions;

	private final int groupSize;

	private final Thread writer;

	private volatile boolean running = true;

	VoteWriter(Votes votes, PostService posts, TransactionTemplate transactions, VotingSettings settings) {
		this.votes = votes;
		this.posts = posts;
		this.transactions = transactions;
		this.groupSize = settings.writeGroup();
		this.queue = new LinkedBlockingQueue<>(settings.writeQueue());
		this.writer = Thread.ofPlatform().name("vote-writer").daemon().unstarted(this::run);
	}

	@PostConstruct
	void start() {
		writer.start();
	}

	/**
	 * Writes the votes queued so far, then stops; runs before the database goes away.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		running = false;
		writer.join(TimeUnit.SECONDS.toMillis(10));
	}

	/**
	 * Casts ({@code cast}) or withdraws the member's vote once its group has committed.
	 * Throws what the vote was refused for (the post does not exist or was merged), or
	 * {@link VotesBusy} when the queue stays full for ten seconds.
	 */
	VoteState write(long postId, long memberId, boolean cast) {
		Ballot ballot = new Ballot(new Votes.Key(postId, memberId), cast);
		try {
			if (!running || !queue.offer(ballot, 10, TimeUnit.SECONDS)) {
				throw new VotesBusy();
			}
			return ballot.result.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while voting", ex);
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException refused) {
				throw refused;
			}
			throw ex;
		}
	}

	private void run() {
		List<Ballot> group = new ArrayList<>(groupSize);
		while (running || !queue.isEmpty()) {
			try {
				Ballot first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				queue.drainTo(group, groupSize - 1);
				writeGroup(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException | Error ex) {
				// The writer must outlive any one group: requests wait for it.
				log.error("Writing votes failed", ex);
				group.forEach(ballot -> ballot.result.completeExceptionally(ex));
			}
			finally {
				group.clear();
			}
		}
		// A vote handed over while the writer was stopping is refused, not left waiting.
		List<Ballot> late = new ArrayList<>();
		queue.drainTo(late);
		late.forEach(ballot -> ballot.result.completeExceptionally(new VotesBusy()));
	}

	/**
	 * Writes the group in one transaction; if it fails, each vote in its own.
	 */
	void writeGroup(List<Ballot> group) {
		Map<Ballot, VoteState> states;
		try {
			states = transactions.execute(status -> record(group));
		}
		catch (RuntimeException ex) {
			if (group.size() == 1) {
				group.getFirst().result.completeExceptionally(ex);
				return;
			}
			log.warn("Writing {} votes together failed ({}); writing them one by one", group.size(), ex.toString());
			group.forEach(ballot -> writeGroup(List.of(ballot)));
			return;
		}
		if (states != null) {
			states.forEach((ballot, state) -> ballot.result.complete(state));
		}
	}

	/**
	 * Refuses the votes for posts nobody may vote for, then writes the others in rounds
	 * in which each member and post appear once, so a member's vote, withdrawal and vote
	 * again in one group keep their order.
	 */
	private Map<Ballot, VoteState> record(List<Ballot> group) {
		Set<Long> postIds = group.stream().map(ballot -> ballot.key.postId()).collect(Collectors.toSet());
		Set<Long> votable = posts.votable(postIds);
		Map<Long, RuntimeException> refusals = new HashMap<>();
		for (long postId : postIds) {
			if (!votable.contains(postId)) {
				RuntimeException refusal = refusal(postId);
				if (refusal != null) {
					refusals.put(postId, refusal);
				}
			}
		}
		List<Ballot> accepted = new ArrayList<>();
		for (Ballot ballot : group) {
			RuntimeException refusal = refusals.get(ballot.key.postId());
			if (refusal != null) {
				ballot.result.completeExceptionally(refusal);
			}
			else {
				accepted.add(ballot);
			}
		}
		Instant now = Instant.now();
		Map<Long, Long> deltas = new HashMap<>();
		for (List<Ballot> round : rounds(accepted)) {
			List<Votes.Key> casts = round.stream().filter(ballot -> ballot.cast).map(ballot -> ballot.key).toList();
			List<Votes.Key> withdrawals = round.stream()
				.filter(ballot -> !ballot.cast)
				.map(ballot -> ballot.key)
				.toList();
			if (!casts.isEmpty()) {
				votes.castAll(casts, now).forEach(key -> deltas.merge(key.postId(), 1L, Long::sum));
			}
			if (!withdrawals.isEmpty()) {
				Set<Votes.Key> withdrawn = votes.withdrawAll(withdrawals);
				withdrawn.forEach(key -> deltas.merge(key.postId(), -1L, Long::sum));
				votes.forgetCarried(withdrawn);
			}
		}
		// The one place a vote is counted: each post once, by the group's delta, in the
		// transaction that wrote the ballots.
		Map<Long, Long> counts = posts.addVotes(deltas,
				accepted.stream().map(ballot -> ballot.key.postId()).distinct().toList());
		Map<Ballot, VoteState> states = new LinkedHashMap<>();
		for (Ballot ballot : accepted) {
			states.put(ballot,
					new VoteState(ballot.key.postId(), ballot.cast, counts.getOrDefault(ballot.key.postId(), 0L)));
		}
		return states;
	}

	private @Nullable RuntimeException refusal(long postId) {
		try {
			posts.requireVotable(postId);
			return null;
		}
		catch (RuntimeException refusal) {
			return refusal;
		}
	}

	static List<List<Ballot>> rounds(List<Ballot> ballots) {
		List<List<Ballot>> rounds = new ArrayList<>();
		List<Ballot> round = new ArrayList<>();
		Set<Votes.Key> seen = new HashSet<>();
		for (Ballot ballot : ballots) {
			if (!seen.add(ballot.key)) {
				rounds.add(round);
				round = new ArrayList<>();
				seen.clear();
				seen.add(ballot.key);
			}
			round.add(ballot);
		}
		if (!round.isEmpty()) {
			rounds.add(round);
		}
		return rounds;
	}

	/** One request's vote (or withdrawal), answered when written. */
	static final class Ballot {

		final Votes.Key key;

		final boolean cast;

		final CompletableFuture<VoteState> result = new CompletableFuture<>();

		Ballot(Votes.Key key, boolean cast) {
			this.key = key;
			this.cast = cast;
		}

	}

}
