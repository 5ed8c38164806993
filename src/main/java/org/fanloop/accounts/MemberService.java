package org.fanloop.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.fanloop.web.Words;
import org.fanloop.cluster.NodeCaches;
import org.fanloop.web.WebLocales;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs members up, checks their passwords and issues their API tokens.
 */
@Service
public class MemberService {

	private final Members members;

	private final AccessTokens tokens;

	private final PasswordEncoder passwords;

	private final FailedSignIns failedSignIns;

	private static final String TOKEN_HOLDERS = "token-holders";

	/**
	 * Each node remembers a token's holder for a minute: every API request (every vote)
	 * asks. A revocation makes the entry stale on every node ({@link NodeCaches}); the
	 * minute bounds how long a node that missed the broadcast (or runs without one) keeps
	 * it.
	 */
	private final Cache<String, SignedInMember> holders = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(100_000)
		.build();

	/**
	 * Compared against when a username is unknown, so a wrong name costs as long as a
	 * wrong password.
	 */
	private final String decoyHash;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final NodeCaches caches;

	private final PageSessions pageSessions;

	/**
	 * Asked at each sign-in, not at start-up: the modules that make rules depend on this
	 * service.
	 */
	private final ObjectProvider<PasswordSignInRule> passwordRules;

	MemberService(Members members, AccessTokens tokens, PasswordEncoder passwords, FailedSignIns failedSignIns,
			org.springframework.context.ApplicationEventPublisher events, NodeCaches caches, PageSessions pageSessions,
			ObjectProvider<PasswordSignInRule> passwordRules) {
		this.pageSessions = pageSessions;
		this.passwordRules = passwordRules;
		this.events = events;
		this.caches = caches;
		caches.register(TOKEN_HOLDERS, holders, hash -> hash);
		this.failedSignIns = failedSignIns;
		this.members = members;
		this.tokens = tokens;
		this.passwords = passwords;
		this.decoyHash = passwords.encode("decoy-password-for-unknown-usernames");
	}

	/**
	 * Creates a member; throws {@link SignUpRejected} when the username or the email is
	 * taken (case-insensitively).
	 */
	@Transactional
	public Member signUp(SignUp signUp) {
		Member member = create(signUp.normalized(), false, Instant.now());
		events
			.publishEvent(new MemberSignedUp(member.id(), member.username(), member.email(), readingLanguage(member)));
		return member;
	}

	/**
	 * Creates a member who joined at an earlier time, for communities brought in from
	 * elsewhere (and the demo).
	 */
	@Transactional
	public Member importMember(SignUp signUp, Instant joinedAt) {
		return create(signUp.normalized(), false, joinedAt);
	}

	/**
	 * Creates a member who signed in through another system (single sign-on): a username
	 * from the one given (made unique), a password nobody knows (a reset sets one), and
	 * the address proved when that system vouches for it and no member proved it first.
	 */
	@Transactional
	public Member createExternal(String wantedName, String email, boolean emailVerified) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		String base = wantedName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
		base = base.replaceAll("^[_-]+", "");
		if (base.length() < 3) {
			base = "member";
		}
		base = base.substring(0, Math.min(base.length(), 24));
		String username = base;
		for (int n = 2; members.usernameTaken(username); n++) {
			username = base + "-" + n;
		}
		String password = org.fanloop.web.Secrets.randomToken("", 32);
		Member member = create(new SignUp(username, address, password.substring(0, 40)), false, Instant.now());
		if (emailVerified) {
			members.markVerified(member.id(), address);
		}
		else {
			events.publishEvent(
					new MemberSignedUp(member.id(), member.username(), member.email(), readingLanguage(member)));
		}
		return members.byId(member.id()).orElseThrow();
	}

	/**
	 * The language a new member reads this request in (a page's cookie or
	 * {@code Accept-Language}), kept as theirs so the emails sent off any request speak
	 * it; the installation's default when it is one Fanloop does not speak.
	 */
	private Locale readingLanguage(Member member) {
		Locale language = WebLocales.supported(LocaleContextHolder.getLocale().toLanguageTag());
		if (language == null) {
			return members.fallbackLanguage();
		}
		members.rememberLanguage(member.id(), language);
		return language;
	}

	/**
	 * Creates an admin, for the first start of an installation.
	 */
	@Transactional
	public Member signUpAdmin(SignUp signUp) {
		return create(signUp.normalized(), true, Instant.now());
	}

	/**
	 * Whether any admin exists.
	 */
	public boolean adminExists() {
		return members.anyAdmin();
	}

	public Optional<Member> find(String username) {
		return members.byUsername(normalize(username));
	}

	/**
	 * The member with this email (case-insensitive), if any: the one who verified it,
	 * else the first who signed up with it.
	 */
	public Optional<Member> findByEmail(String email) {
		return holdersOf(email).stream().findFirst();
	}

	/**
	 * Every member who signed up with this address, the one who verified it first.
	 * Several may have: an address is unique only among verified ones, so that signing up
	 * never tells whether an address is registered.
	 */
	public List<Member> holdersOf(String email) {
		return members.byEmail(email.trim().toLowerCase(Locale.ROOT));
	}

	/** Whether the member proved their email address. */
	public boolean emailVerified(long memberId) {
		return members.byId(memberId).map(Member::emailVerified).orElse(false);
	}

	/**
	 * Records that the member proved they receive mail at this address (they followed a
	 * link sent there); false when another member proved it first.
	 */
	@Transactional
	public boolean verifyEmail(long memberId, String email) {
		return members.markVerified(memberId, email);
	}

	/**
	 * What is wrong with this password for this member (too short or long, guessable, or
	 * holding their name), as the sign-up form would say it; empty when it will do.
	 */
	public Optional<Words> passwordProblem(String password, Member member) {
		if (password.length() < 8 || password.length() > 64) {
			return Optional.of(Words.of("password-length"));
		}
		return Optional.ofNullable(StrongPassword.Check.problem(password, member.username(), member.email()))
			.map(Words::of);
	}

	/** Whether a member proved this address. */
	public boolean emailVerifiedByAnyone(String email) {
		return members.verifiedEmailTaken(email.trim().toLowerCase(Locale.ROOT));
	}

	/**
	 * Sets a new password, then ends every page session and API token of the member: a
	 * reset is what somebody does who thinks their password is known to others. Every
	 * node forgets the tokens once this commits.
	 */
	@Transactional
	public void resetPassword(long memberId, String password) {
		Member member = members.byId(memberId).orElseThrow(() -> new MemberNotFound(String.valueOf(memberId)));
		members.setPassword(memberId, passwords.encode(password));
		for (String hash : tokens.deleteAll(memberId)) {
			caches.stale(TOKEN_HOLDERS, hash);
		}
		pageSessions.endAll(member.username());
	}

	/**
	 * Makes an account for somebody staff heard from by email, so their feedback is
	 * theirs: a username from the address, a password nobody knows, and a one-time link
	 * (valid 14 days) with which they set their own. Returns the member and the link's
	 * token.
	 */
	@Transactional
	public Invited invite(String email, String invitedBy) {
		String address = email.trim().toLowerCase(Locale.ROOT);
		if (members.emailTaken(address)) {
			throw new SignUpRejected("email", Words.of("email-registered"));
		}
		String base = address.substring(0, Math.max(0, address.indexOf('@'))).replaceAll("[^a-z0-9_-]", "");
		if (base.length() < 3) {
			base = "member";
		}
		base = base.substring(0, Math.min(base.length(), 24));
		String username = base;
		for (int n = 2; members.usernameTaken(username); n++) {
			username = base + "-" + n;
		}
		String password = org.fanloop.web.Secrets.randomToken("", 32);
		Member member = create(new SignUp(username, address, password.substring(0, 40)), false, Instant.now());
		String token = org.fanloop.web.Secrets.randomToken("claim_", 24);
		members.insertClaim(member.id(), org.fanloop.web.Secrets.sha256Hex(token),
				Instant.now().plus(java.time.Duration.ofDays(14)));
		events.publishEvent(new MemberInvited(member.id(), member.username(), token, invitedBy));
		return new Invited(member, token);
	}

	/** A member made by {@link #invite} and their claim link's token. */
	public record Invited(Member member, String token) {
	}

	/** The username a claim token is for, if it is valid. */
	public Optional<String> claimant(String token) {
		return members.claimant(org.fanloop.web.Secrets.sha256Hex(token), Instant.now())
			.flatMap(members::byId)
			.map(Member::username);
	}

	/**
	 * Sets the invited member's password with their claim token, which is then used up.
	 */
	@Transactional
	public Member claim(String token, String password) {
		long memberId = members.claimant(org.fanloop.web.Secrets.sha256Hex(token), Instant.now())
			.orElseThrow(() -> new SignUpRejected("token", Words.of("claim-link-invalid")));
		if (!members.deleteClaim(memberId)) {
			throw new SignUpRejected("token", Words.of("claim-link-used"));
		}
		members.setPassword(memberId, passwords.encode(password));
		Member member = members.byId(memberId).orElseThrow();
		// The claim link went to this address: following it proves it.
		members.markVerified(memberId, member.email());
		return members.byId(memberId).orElseThrow();
	}

	public Optional<Member> find(long id) {
		return members.byId(id);
	}

	/**
	 * The public profiles of these members, in the order of the ids given.
	 */
	public List<MemberProfile> profiles(List<Long> ids) {
		Map<Long, MemberProfile> byId = members.byIds(ids)
			.stream()
			.collect(Collectors.toMap(Member::id, Member::profile));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The email addresses of these members, for mail they asked for.
	 */
	public Map<Long, Recipient> recipients(Collection<Long> ids) {
		return members.recipients(ids);
	}

	/**
	 * The member with this username; throws {@link MemberNotFound}.
	 */
	public Member get(String username) {
		return find(username).orElseThrow(() -> new MemberNotFound(username));
	}

	/**
	 * The member whose password this is, if any. Takes as long for an unknown username.
	 */
	public Optional<SignedInMember> authenticate(String username, String password) {
		String name = normalize(username);
		failedSignIns.check(name);
		Optional<Members.Credentials> credentials = members.credentials(name);
		String hash = credentials.map(Members.Credentials::passwordHash).orElse(decoyHash);
		boolean matches = passwords.matches(password, hash);
		Optional<SignedInMember> member = credentials.filter(c -> matches).map(Members.Credentials::member);
		if (member.isEmpty()) {
			failedSignIns.failed(name);
		}
		for (PasswordSignInRule rule : passwordRules.orderedStream().toList()) {
			Optional<Words> refused = member.flatMap(rule::refuse);
			if (refused.isPresent()) {
				throw new PasswordRefused(refused.get());
			}
		}
		return member;
	}

	/**
	 * A new personal access token for the member with this password; throws
	 * {@link InvalidCredentials}. The token is shown once: only its hash is kept.
	 */
	@Transactional
	public String issueToken(String username, String password, @Nullable String name) {
		SignedInMember member = authenticate(username, password).orElseThrow(InvalidCredentials::new);
		return createToken(member, name);
	}

	/**
	 * A new token for a signed-in member (from their token page); the value is shown
	 * once, only its hash is kept.
	 */
	@Transactional
	public String createToken(SignedInMember member, @Nullable String name) {
		AccessToken token = AccessToken.generate();
		tokens.insert(member.id(), (name == null || name.isBlank()) ? "API" : name.strip(), token.hash(),
				Instant.now());
		return token.value();
	}

	public List<PersonalToken> tokens(SignedInMember member) {
		return tokens.of(member.id());
	}

	/**
	 * Revokes one of the member's tokens: every node forgets its holder once the
	 * revocation commits.
	 */
	@Transactional
	public void revokeToken(SignedInMember member, long id) {
		String hash = tokens.delete(member.id(), id).orElseThrow(() -> new TokenNotFound(id));
		caches.stale(TOKEN_HOLDERS, hash);
	}

	/**
	 * Every API request asks this, the vote path included, so holders are kept (see
	 * {@link #holders}): usernames never change.
	 */
	Optional<SignedInMember> holderOf(String token) {
		String hash = new AccessToken(token).hash();
		SignedInMember known = holders.getIfPresent(hash);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<SignedInMember> holder = tokens.holder(hash);
		holder.ifPresent(member -> holders.put(hash, member));
		return holder;
	}

	private Member create(SignUp signUp, boolean admin, Instant at) {
		if (members.usernameTaken(signUp.username())) {
			throw new SignUpRejected("username", Words.of("taken"));
		}
		try {
			return members.insert(signUp, passwords.encode(signUp.password()), admin, at);
		}
		catch (DuplicateKeyException ex) {
			// Two sign-ups raced for the same name between the check and the insert.
			throw new SignUpRejected("username", Words.of("taken"));
		}
	}

	private static String normalize(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

}
