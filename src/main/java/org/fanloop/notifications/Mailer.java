package org.fanloop.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.Recipient;
import org.fanloop.web.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the notification emails members opted into, in the background: claims a batch,
 * sends each (with one-click unsubscribe headers, RFC 8058), retries failures with
 * backoff. A crash between sending and recording may send one email twice; the inbox
 * never doubles. Without {@code spring.mail.host} nothing is sent and the emails wait.
 */
@Component
class Mailer extends Worker {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private static final int BATCH = 50;

	private static final int ATTEMPTS = 6;

	private final Notifications notifications;

	private final MemberService members;

	private final UnsubscribeLinks unsubscribeLinks;

	private final ObjectProvider<JavaMailSender> mail;

	private final TransactionTemplate transactions;

	private final NotificationSettings settings;

	Mailer(Notifications notifications, MemberService members, UnsubscribeLinks unsubscribeLinks,
			ObjectProvider<JavaMailSender> mail, TransactionTemplate transactions, NotificationSettings settings) {
		super(settings.workInterval());
		this.notifications = notifications;
		this.members = members;
		this.unsubscribeLinks = unsubscribeLinks;
		this.mail = mail;
		this.transactions = transactions;
		this.settings = settings;
	}

	/**
	 * Sends one claimed batch; false when the batch was not full (or mail is not set up).
	 */
	@Override
	boolean step() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return false;
		}
		Instant now = Instant.now();
		List<Notifications.Email> batch = transactions
			.execute(status -> notifications.claimEmails(BATCH, now, now.minus(settings.claimTimeout())));
		if (batch == null || batch.isEmpty()) {
			return false;
		}
		send(sender, batch);
		return batch.size() == BATCH;
	}

	private void send(JavaMailSender sender, List<Notifications.Email> batch) {
		Map<Long, Recipient> recipients = members
			.recipients(batch.stream().map(Notifications.Email::memberId).toList());
		for (Notifications.Email email : batch) {
			Recipient to = recipients.get(email.memberId());
			try {
				if (to != null) {
					sender.send(message(sender, email, to));
				}
				notifications.emailSent(email.id());
			}
			catch (MailException | MessagingException ex) {
				int attempts = email.attempts() + 1;
				Instant retry = (attempts < ATTEMPTS)
						? Instant.now().plus(Duration.ofMinutes((long) Math.pow(4, attempts - 1))) : null;
				notifications.emailFailed(email.id(), attempts, retry);
				log.warn("Email {} to member {} failed (attempt {}): {}", email.id(), email.memberId(), attempts,
						ex.getMessage());
			}
		}
	}

	/** Written in the recipient's language, whatever language the news happened in. */
	private MimeMessage message(JavaMailSender sender, Notifications.Email email, Recipient to)
			throws MessagingException {
		String unsubscribe = settings.baseUrl() + "/unsubscribe?token=" + unsubscribeLinks.token(email.memberId());
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(settings.mailFrom());
		helper.setTo(to.email());
		String title = Notifications.text(email.title(), to.language(), Notifications.TITLE_LENGTH);
		helper.setSubject(title);
		String detail = (email.detail() != null)
				? Notifications.text(email.detail(), to.language(), Notifications.DETAIL_LENGTH) + "\n\n" : "";
		helper.setText(title + "\n\n" + detail + settings.baseUrl() + email.link() + "\n\n--\n"
				+ Words.message("mail.notification.footer", unsubscribe).in(to.language()) + "\n");
		message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return message;
	}

}
