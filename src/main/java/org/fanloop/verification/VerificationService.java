package org.fanloop.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PreDestroy;

import org.fanloop.web.Words;
import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.MemberSignedUp;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.cluster.AfterCommit;
import org.fanloop.cluster.BucketStore;
import org.fanloop.cluster.SharedBuckets;
import org.fanloop.notifications.Postman;
import org.fanloop.web.Secrets;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails verification and password-reset links and redeems them.
 *
 * <p>
 * Nothing here tells whether an address is registered: a reset is answered the same for
 * any address, and its emails go out on a thread of their own after the commit, so the
 * answer takes as long with or without one. A sign-up with an address another member
 * verified is taken (an address is unique among verified members only); that member gets
 * an email saying so instead of a link.
 *
 * <p>
 * The emails carry the only copy of each token, so they are not queued in the database:
 * one lost to a crash or a mail server that is down is asked for again (the member's
 * profile has the button, the login page the reset form). Every address gets at most
 * {@link VerificationSettings#mailsPerAddressPerHour()} of them an hour, counted in
 * {@link SharedBuckets} (across nodes when Redis is there).
 */
@Service
public class VerificationService {

	private final EmailLinks links;

	private final MemberService members;

	private final Postman postman;

	private final MessageSource messages;

	private final VerificationSettings settings;

	private final BucketStore perAddress;

	/** Sends the emails after their transaction commits, off the request's thread. */
	private final ExecutorService mailThreads = Executors.newVirtualThreadPerTaskExecutor();

	VerificationService(EmailLinks links, MemberService members, Postman postman, MessageSource messages,
			VerificationSettings settings, SharedBuckets shared) {
		this.links = links;
		this.members = members;
		this.postman = postman;
		this.messages = messages;
		this.settings = settings;
		int perHour = Math.max(1, settings.mailsPerAddressPerHour());
		this.perAddress = shared.store("emails-per-address", Duration.ofHours(2),
				Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build());
	}

	/** A new member's address is to be proved. */
	@ApplicationModuleListener
	void on(MemberSignedUp signedUp) {
		members.find(signedUp.memberId())
			.filter(member -> !member.emailVerified())
			.filter(member -> perAddress.tryConsume(member.email()).isConsumed())
			.ifPresent(member -> sendVerification(member, signedUp.language()));
	}

	/**
	 * Sends the member a new verification link (from their profile or the API); throws
	 * {@link TooManyEmails} when their address had its share this hour.
	 */
	@Transactional
	public void resendVerification(SignedInMember me) {
		Member member = members.find(me.id()).orElseThrow(InvalidEmailLink::new);
		if (member.emailVerified()) {
			return;
		}
		ConsumptionProbe probe = perAddress.tryConsume(member.email());
		if (!probe.isConsumed()) {
			throw new TooManyEmails(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
		}
		sendVerification(member, LocaleContextHolder.getLocale());
	}

	/**
	 * Proves the address the link was sent to; the member it belongs to. Throws
	 * {@link InvalidEmailLink} for a used, expired or unknown link and
	 * {@link EmailClaimedByAnother} when another member verified the address first.
	 */
	@Transactional
	public Member verify(String token) {
		String hash = Secrets.sha256Hex(token);
		EmailLinks.Link link = links.find(hash, LinkPurpose.VERIFY, Instant.now()).orElseThrow(InvalidEmailLink::new);
		if (!links.use(hash)) {
			throw new InvalidEmailLink();
		}
		if (!members.verifyEmail(link.memberId(), link.email())) {
			throw new EmailClaimedByAnother();
		}
		links.deleteAll(link.memberId(), LinkPurpose.VERIFY);
		return members.find(link.memberId()).orElseThrow(InvalidEmailLink::new);
	}

	/**
	 * Mails a reset link to the member who verified this address, or, when nobody did, to
	 * each member who signed up with it. Answers the same whatever the address.
	 */
	@Transactional
	public void requestReset(String email) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		List<Member> holders = members.holdersOf(address);
		if (holders.isEmpty() || !perAddress.tryConsume(address).isConsumed()) {
			return;
		}
		List<Member> owners = holders.getFirst().emailVerified() ? List.of(holders.getFirst())
				: holders.subList(0, Math.min(holders.size(), 5));
		Locale locale = LocaleContextHolder.getLocale();
		for (Member member : owners) {
			String token = newLink(member, LinkPurpose.RESET, settings.resetLinkValidity());
			mail(member.email(), "mail.reset.subject", "mail.reset.text", locale, member.username(),
					postman.link("/reset-password/" + token), settings.resetLinkValidity().toMinutes());
		}
	}

	/** The member an unused, unexpired reset link is for, if any (nothing is used up). */
	public Optional<Member> resetFor(String token) {
		return links.find(Secrets.sha256Hex(token), LinkPurpose.RESET, Instant.now())
			.flatMap(link -> members.find(link.memberId()));
	}

	/**
	 * Sets the new password with a reset link, which is used up with the member's other
	 * reset links; ends every session and token of the member. Following the link proves
	 * the address too. Throws {@link WeakPassword} (the link still works) or
	 * {@link InvalidEmailLink}.
	 */
	@Transactional
	public Member reset(String token, String password) {
		String hash = Secrets.sha256Hex(token);
		EmailLinks.Link link = links.find(hash, LinkPurpose.RESET, Instant.now()).orElseThrow(InvalidEmailLink::new);
		Member member = members.find(link.memberId()).orElseThrow(InvalidEmailLink::new);
		Optional<Words> problem = members.passwordProblem(password, member);
		if (problem.isPresent()) {
			throw new WeakPassword(problem.get());
		}
		if (!links.use(hash)) {
			throw new InvalidEmailLink();
		}
		links.deleteAll(member.id(), LinkPurpose.RESET);
		members.resetPassword(member.id(), password);
		if (!member.emailVerified() && link.email().equals(member.email())) {
			members.verifyEmail(member.id(), link.email());
		}
		return members.find(member.id()).orElseThrow(InvalidEmailLink::new);
	}

	/** Forgets expired links every hour. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void forgetExpired() {
		links.deleteExpired(Instant.now());
	}

	@PreDestroy
	void stop() {
		mailThreads.shutdown();
	}

	/**
	 * Mails a verification link, or, when another member verified the address, a note
	 * saying so.
	 */
	private void sendVerification(Member member, Locale locale) {
		Optional<Member> owner = members.holdersOf(member.email()).stream().filter(Member::emailVerified).findFirst();
		if (owner.isPresent()) {
			mail(member.email(), "mail.taken.subject", "mail.taken.text", locale, member.username(),
					owner.get().username(), postman.link("/forgot-password"));
			return;
		}
		String token = newLink(member, LinkPurpose.VERIFY, settings.verifyLinkValidity());
		mail(member.email(), "mail.verify.subject", "mail.verify.text", locale, member.username(),
				postman.link("/verify-email/" + token), settings.verifyLinkValidity().toHours());
	}

	private String newLink(Member member, LinkPurpose purpose, Duration validity) {
		String token = Secrets.randomToken("", 32);
		Instant now = Instant.now();
		links.insert(Secrets.sha256Hex(token), member.id(), purpose, member.email(), now, now.plus(validity));
		return token;
	}

	private void mail(String to, String subjectKey, String textKey, Locale locale, Object... arguments) {
		String subject = messages.getMessage(subjectKey, arguments, locale);
		String text = messages.getMessage(textKey, arguments, locale);
		AfterCommit.run(() -> mailThreads.execute(() -> postman.send(to, subject, text)));
	}

}
