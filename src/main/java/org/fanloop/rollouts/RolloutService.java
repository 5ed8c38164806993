package org.fanloop.rollouts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildPromoted;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.BuildState;
import org.fanloop.releases.Channel;
import org.fanloop.releases.Rollout;
import org.fanloop.testers.TesterService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staged stable rollouts, and what the product's own updater is offered.
 */
@Service
public class RolloutService {

	/** How far back the updater looks for a build that includes an installation. */
	private static final int CANDIDATES = 20;

	private final BuildService builds;

	private final RolloutStages stages;

	private final ProductService products;

	private final TesterService testers;

	RolloutService(BuildService builds, RolloutStages stages, ProductService products, TesterService testers) {
		this.builds = builds;
		this.stages = stages;
		this.products = products;
		this.testers = testers;
	}

	/**
	 * Staff raise a published stable build's rollout, halt it with a reason, or resume
	 * it. A rollout only grows: lowering it is a 409 (installations that updated stay
	 * updated).
	 */
	@Transactional
	public Rollout change(long id, RolloutChange change, SignedInMember actor) {
		Build build = builds.managed(id, actor);
		if (build.channel() != Channel.STABLE || build.state() != BuildState.PUBLISHED) {
			throw new RolloutConflict("Not a stable release", "rollout-stable-only", build.version());
		}
		Rollout now = stages.of(id);
		int percent = now.percent();
		boolean halted = now.halted();
		String reason = now.reason();
		if (change.percent() == null && change.halted() == null) {
			throw new InvalidRolloutRequest("percent", Words.of("rollout-percent"));
		}
		if (change.percent() != null) {
			if (change.percent() < now.percent()) {
				throw new RolloutConflict("Rollout only grows", "rollout-grows", now.percent(), change.percent());
			}
			percent = change.percent();
		}
		if (Boolean.TRUE.equals(change.halted())) {
			if (change.reason() == null || change.reason().isBlank()) {
				throw new InvalidRolloutRequest("reason", Words.of("rollout-reason"));
			}
			halted = true;
			reason = change.reason().strip();
		}
		else if (Boolean.FALSE.equals(change.halted())) {
			halted = false;
			reason = null;
		}
		stages.add(id, percent, halted, reason, actor.username(), Instant.now());
		return stages.of(id);
	}

	/**
	 * What the updater of this installation is offered: on the stable channel the newest
	 * build whose rollout includes it (nothing when it runs that build, or a newer one,
	 * already); on the beta channel, for a tester, the newest live beta.
	 */
	public Optional<UpdateOffer> offer(String productSlug, String channel, String installation,
			@Nullable String current, @Nullable SignedInMember caller) {
		Product product = products.get(productSlug);
		if (installation.isBlank() || installation.length() > 200) {
			throw new InvalidRolloutRequest("installation", Words.of("rollout-installation"));
		}
		Channel wanted = Channel.of(channel);
		if (wanted == Channel.BETA) {
			if (caller == null) {
				throw new AuthenticationCredentialsNotFoundException(
						"The beta channel answers testers: send their token.");
			}
			if (!testers.isTester(product.id(), caller.id()) && !products.isStaff(product.id(), caller)) {
				throw new Refused(Words.of("beta-channel-testers"));
			}
			return builds.released(product.id(), BuildState.PUBLISHED, Channel.BETA, CANDIDATES)
				.stream()
				.filter(Build::isLiveBeta)
				.findFirst()
				.filter(build -> !build.version().equals(current))
				.map(RolloutService::offerOf);
		}
		List<Build> released = builds.released(product.id(), BuildState.PUBLISHED, Channel.STABLE, CANDIDATES);
		Map<Long, Rollout> rollouts = stages.of(released.stream().map(Build::id).toList());
		for (Build build : released) {
			if (build.version().equals(current)) {
				return Optional.empty();
			}
			Rollout rollout = rollouts.get(build.id());
			if (!rollout.halted() && RolloutBuckets.bucket(installation, build.id()) < rollout.percent()) {
				return Optional.of(offerOf(build));
			}
		}
		return Optional.empty();
	}

	/** The stage a promotion starts at, written in the promotion's transaction. */
	@EventListener
	void on(BuildPromoted promoted) {
		int percent = (promoted.rolloutPercent() > 0) ? promoted.rolloutPercent() : 100;
		Build stable = builds.get(promoted.stableBuildId());
		stages.add(stable.id(), percent, false, null, stable.createdBy(), promoted.promotedAt());
	}

	private static UpdateOffer offerOf(Build build) {
		return new UpdateOffer(build.id(), build.version(), build.channel(), build.notes(), build.publishedAt());
	}

}
