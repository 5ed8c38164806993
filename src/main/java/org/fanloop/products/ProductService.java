package org.fanloop.products;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.MemberProfile;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.cluster.NodeCaches;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products and who is on their staff. Admins create products and build the teams; admins
 * also count as staff of every product.
 */
@Service
public class ProductService {

	private final Products products;

	private final MemberService members;

	/**
	 * Products are looked up on every post and board request and change rarely (an admin
	 * renames one), so found ones are kept until a rename makes them stale on every node
	 * ({@link NodeCaches}); a miss always asks the database, so a product created on
	 * another node is found too. A node that runs without the broadcast beside others
	 * shows the old name until it restarts.
	 */
	private static final String CACHE = "products";

	private final Map<String, Product> bySlug = new ConcurrentHashMap<>();

	private final Map<Long, Product> byId = new ConcurrentHashMap<>();

	private final NodeCaches caches;

	ProductService(Products products, MemberService members, NodeCaches caches) {
		this.products = products;
		this.members = members;
		this.caches = caches;
		caches.register(CACHE, this::forget);
	}

	public List<Product> all() {
		return products.all();
	}

	/**
	 * The product with this slug; throws {@link ProductNotFound}.
	 */
	public Product get(String slug) {
		Product cached = bySlug.get(slug);
		if (cached != null) {
			return cached;
		}
		return remember(products.bySlug(slug).orElseThrow(() -> new ProductNotFound(slug)));
	}

	/**
	 * The product with this id; throws {@link ProductNotFound}.
	 */
	public Product get(long id) {
		Product cached = byId.get(id);
		if (cached != null) {
			return cached;
		}
		return remember(products.byId(id).orElseThrow(() -> new ProductNotFound(String.valueOf(id))));
	}

	/**
	 * Creates a product; only admins may. Throws {@link SlugTaken}.
	 */
	@Transactional
	public Product create(NewProduct product, SignedInMember actor) {
		requireAdmin(actor, "create products");
		NewProduct trimmed = product.trimmed();
		if (products.bySlug(trimmed.slug()).isPresent()) {
			throw new SlugTaken(trimmed.slug());
		}
		try {
			products.insert(trimmed, Instant.now());
		}
		catch (DuplicateKeyException ex) {
			throw new SlugTaken(trimmed.slug());
		}
		return get(trimmed.slug());
	}

	/**
	 * Renames a product or changes its description; only admins may. Every node shows the
	 * change once it commits.
	 */
	@Transactional
	public Product change(String slug, ProductChange change, SignedInMember actor) {
		requireAdmin(actor, "change products");
		Product changed = change.applyTo(products.bySlug(slug).orElseThrow(() -> new ProductNotFound(slug)));
		products.update(changed);
		caches.stale(CACHE, String.valueOf(changed.id()));
		return changed;
	}

	/**
	 * Puts a member on a product's team; only admins may. Returns false if they were on
	 * it already.
	 */
	@Transactional
	public boolean addStaff(String slug, String username, SignedInMember actor) {
		requireAdmin(actor, "build product teams");
		Product product = get(slug);
		return products.addStaff(product.id(), members.get(username).id(), Instant.now());
	}

	/**
	 * Takes a member off a product's team; only admins may. Returns false if they were
	 * not on it.
	 */
	@Transactional
	public boolean removeStaff(String slug, String username, SignedInMember actor) {
		requireAdmin(actor, "build product teams");
		return products.removeStaff(get(slug).id(), members.get(username).id());
	}

	/**
	 * The product's team, in the order they joined it.
	 */
	public List<MemberProfile> staff(long productId) {
		return members.profiles(products.staffIds(productId));
	}

	/** Whether this member is on the product's team (admins are not, unless added). */
	public boolean onTeam(long productId, long memberId) {
		return products.isStaff(productId, memberId);
	}

	/**
	 * Whether this member is an admin or on any product's team: the people who may see
	 * what members keep to themselves and staff (their votes and follows).
	 */
	public boolean isStaffAnywhere(@Nullable SignedInMember member) {
		return member != null && (member.admin() || products.onAnyTeam(member.id()));
	}

	/**
	 * Whether this member may act as staff of the product: on its team, or an admin.
	 */
	public boolean isStaff(long productId, @Nullable SignedInMember member) {
		return member != null && (member.admin() || products.isStaff(productId, member.id()));
	}

	/**
	 * Throws {@link AccessDeniedException} unless the member may act as staff of the
	 * product.
	 */
	public void requireStaff(long productId, @Nullable SignedInMember member, String action) {
		if (member == null) {
			throw new AuthenticationCredentialsNotFoundException("Sign in first: only staff may " + action + ".");
		}
		if (!isStaff(productId, member)) {
			throw new Refused(Words.of("staff-only", get(productId).name(), action(action)));
		}
	}

	private Product remember(Product product) {
		bySlug.put(product.slug(), product);
		byId.put(product.id(), product);
		return product;
	}

	private void forget(String id) {
		if (NodeCaches.ALL.equals(id)) {
			bySlug.clear();
			byId.clear();
			return;
		}
		Product gone = byId.remove(Long.parseLong(id));
		if (gone != null) {
			bySlug.remove(gone.slug());
		}
	}

	/**
	 * What was refused, worded through {@code problem.detail.action.<the English words
	 * with dashes>} ("weigh its votes": {@code action.weigh-its-votes}).
	 */
	private static Words action(String action) {
		return Words.of("action." + Words.keyOf(action));
	}

	private static void requireAdmin(SignedInMember actor, String action) {
		if (!actor.admin()) {
			throw new Refused(Words.of("admins-only", action(action)));
		}
	}

}
