package org.fanloop;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.fanloop.accounts.SignedInMember;

/**
 * The emails the test SMTP server received for some members (their addresses are
 * {@code <username>@example.test}).
 */
public final class Mails {

	private Mails() {
	}

	public static List<MimeMessage> to(GreenMail smtp, List<SignedInMember> members) {
		return toAddresses(smtp, members.stream().map(member -> member.username() + "@example.test").toList());
	}

	public static List<MimeMessage> toAddresses(GreenMail smtp, List<String> addresses) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return addresses.contains(message.getRecipients(Message.RecipientType.TO)[0].toString());
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

}
