package org.fanloop.releases;

import java.util.List;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.testers.TesterService;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Who sees which build: a published stable build everybody; a beta (published, promoted
 * or withdrawn) the product's testers and staff; a draft only staff. A build somebody may
 * not see is not found, so its existence does not leak.
 */
@Component
class BuildAccess {

	private final Builds builds;

	private final ProductService products;

	private final TesterService testers;

	BuildAccess(Builds builds, ProductService products, TesterService testers) {
		this.builds = builds;
		this.products = products;
		this.testers = testers;
	}

	Build visible(long id, @Nullable SignedInMember viewer) {
		Build build = builds.byId(id).orElseThrow(() -> new BuildNotFound(id));
		if (!canSee(build, viewer)) {
			throw new BuildNotFound(id);
		}
		return build;
	}

	/**
	 * The build for a staff action: not found for those who may not see it, forbidden for
	 * testers.
	 */
	Build forStaff(long id, SignedInMember actor) {
		Build build = visible(id, actor);
		products.requireStaff(build.productId(), actor, "publish, promote or withdraw its builds");
		return build;
	}

	boolean canSee(Build build, @Nullable SignedInMember viewer) {
		if (build.isPublicRelease()) {
			return true;
		}
		if (viewer == null) {
			return false;
		}
		if (products.isStaff(build.productId(), viewer)) {
			return true;
		}
		return build.channel() == Channel.BETA && build.state() != BuildState.DRAFT
				&& testers.isTester(build.productId(), viewer.id());
	}

	List<Build> listFor(Product product, @Nullable SignedInMember viewer, int limit) {
		boolean staff = viewer != null && products.isStaff(product.id(), viewer);
		boolean tester = viewer != null && testers.isTester(product.id(), viewer.id());
		List<BuildState> states = staff ? List.of(BuildState.values())
				: List.of(BuildState.PUBLISHED, BuildState.PROMOTED, BuildState.WITHDRAWN);
		List<Channel> channels = (staff || tester) ? List.of(Channel.values()) : List.of(Channel.STABLE);
		return builds.of(product.id(), states, channels, limit)
			.stream()
			.filter(build -> staff || build.channel() == Channel.BETA || build.state() == BuildState.PUBLISHED)
			// An expired beta leaves the testers' list; staff still see it.
			.filter(build -> staff || !build.isExpired())
			.toList();
	}

}
