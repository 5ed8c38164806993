package org.fanloop;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.fanloop.accounts.SignedInMember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The emails the test SMTP server received: notifications for some members (their
 * addresses are {@code <username>@example.test}), and account emails.
 */
public final class Mails {

	private Mails() {
	}

	/**
	 * The notification emails: the ones with a one-click unsubscribe header, which
	 * account emails (verification and reset links) never have.
	 */
	public static List<MimeMessage> notifications(GreenMail smtp) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getHeader("List-Unsubscribe") != null;
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	/**
	 * The account emails (verification, reset) sent to this address, oldest first.
	 */
	public static List<MimeMessage> accountMails(GreenMail smtp, String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getHeader("List-Unsubscribe") == null
						&& address.equals(message.getRecipients(Message.RecipientType.TO)[0].toString());
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	/**
	 * Waits for an account email to this address with a link under this path (such as
	 * {@code /verify-email/}) and gives the newest link's token.
	 */
	public static String linkToken(GreenMail smtp, String address, String path) {
		Pattern link = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)");
		String[] token = new String[1];
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			token[0] = null;
			for (MimeMessage message : accountMails(smtp, address)) {
				Matcher found = link.matcher(text(message));
				if (found.find()) {
					token[0] = found.group(1);
				}
			}
			assertThat(token[0]).as("a link to " + path + " mailed to " + address).isNotNull();
		});
		return token[0];
	}

	/** The text of a plain-text email. */
	public static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static List<MimeMessage> to(GreenMail smtp, List<SignedInMember> members) {
		return toAddresses(smtp, members.stream().map(member -> member.username() + "@example.test").toList());
	}

	/**
	 * The notification emails to these addresses (not the verification and reset emails
	 * every sign-up and reset sends).
	 */
	public static List<MimeMessage> toAddresses(GreenMail smtp, List<String> addresses) {
		return notifications(smtp).stream().filter(message -> {
			try {
				return addresses.contains(message.getRecipients(Message.RecipientType.TO)[0].toString());
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

}
