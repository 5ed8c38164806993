package org.fanloop.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.fanloop.posts.PostPipeline;
import org.fanloop.voting.VoteService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through fan-out jobs in the background, one batch of members per transaction: the
 * posts' participants first, then their voters in member-id order from where the last
 * batch stopped. A crash loses at most the batch in flight, which is done again; the
 * unique key on notifications makes sure nobody hears twice.
 */
@Component
class Fanout extends Worker {

	private final Fanouts fanouts;

	private final Notifications notifications;

	private final Follows follows;

	private final EmailPreferences preferences;

	private final PostPipeline pipeline;

	private final VoteService votes;

	private final TransactionTemplate transactions;

	private final NotificationSettings settings;

	Fanout(Fanouts fanouts, Notifications notifications, Follows follows, EmailPreferences preferences,
			PostPipeline pipeline, VoteService votes, TransactionTemplate transactions, NotificationSettings settings) {
		super(settings.workInterval());
		this.fanouts = fanouts;
		this.notifications = notifications;
		this.follows = follows;
		this.preferences = preferences;
		this.pipeline = pipeline;
		this.votes = votes;
		this.transactions = transactions;
		this.settings = settings;
	}

	/**
	 * One batch of the oldest open job; false when no job is open.
	 */
	@Override
	boolean step() {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			Optional<FanoutJob> job = fanouts.claimOpen();
			job.ifPresent(this::advance);
			return job.isPresent();
		}));
	}

	private void advance(FanoutJob job) {
		List<Long> posts = job.plan().postIds();
		if (job.phase() == FanoutJob.Phase.PARTICIPANTS) {
			Set<Long> audience = new TreeSet<>(pipeline.participants(posts));
			audience.addAll(follows.followers(posts));
			int notified = 0;
			for (List<Long> chunk : chunks(new ArrayList<>(audience))) {
				notified += notify(job, chunk);
			}
			fanouts.advance(job.id(), FanoutJob.Phase.VOTERS, 0, notified, null);
			return;
		}
		List<Long> batch = votes.votersAfter(posts, job.cursor(), settings.batchSize());
		int notified = batch.isEmpty() ? 0 : notify(job, batch);
		boolean last = batch.size() < settings.batchSize();
		fanouts.advance(job.id(), last ? FanoutJob.Phase.DONE : FanoutJob.Phase.VOTERS,
				batch.isEmpty() ? job.cursor() : batch.getLast(), notified, last ? Instant.now() : null);
	}

	/**
	 * Notifies those of these members who have not heard yet, did not cause it and did
	 * not mute every post it is about; returns how many it notified.
	 */
	private int notify(FanoutJob job, Collection<Long> members) {
		FanoutJob.Plan plan = job.plan();
		List<Long> candidates = new ArrayList<>(members);
		candidates.removeIf(member -> Objects.equals(member, plan.excludeMember()));
		candidates.removeAll(notifications.notified(plan.dedupeKey(), candidates));
		candidates.removeAll(follows.mutedAll(candidates, plan.postIds()));
		if (candidates.isEmpty()) {
			return 0;
		}
		Map<Long, Preferences> wishes = preferences.of(candidates);
		notifications.insert(candidates.stream()
			.map(member -> new Notifications.NewNotification(member, plan.dedupeKey(), plan.kind(), plan.title(), null,
					plan.link(), plan.postId(), plan.buildId(), plan.occurredAt(),
					wishes.getOrDefault(member, Preferences.none()).wants(plan.kind())))
			.toList());
		return candidates.size();
	}

	private List<List<Long>> chunks(List<Long> members) {
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < members.size(); from += settings.batchSize()) {
			chunks.add(members.subList(from, Math.min(members.size(), from + settings.batchSize())));
		}
		return chunks;
	}

}
