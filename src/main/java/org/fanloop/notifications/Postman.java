package org.fanloop.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one email now, for mail that must not wait in the notification queue because it
 * carries a secret: a verification or password-reset link. The queue keeps what it sends
 * in the database until it is sent; these links are kept only as hashes, so their emails
 * are sent straight away and, if sending fails, the member asks for another.
 */
@Component
public class Postman {

	private static final Logger log = LoggerFactory.getLogger(Postman.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationSettings settings;

	Postman(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
		this.mail = mail;
		this.settings = settings;
	}

	/** The full address of a path of this site, for links in emails. */
	public String link(String path) {
		return settings.baseUrl() + path;
	}

	/** Whether a mail server is set up ({@code spring.mail.host}). */
	public boolean canSend() {
		return mail.getIfAvailable() != null;
	}

	/**
	 * Sends a plain-text email; false when no mail server is set up or sending failed
	 * (logged without the text, which may hold a secret).
	 */
	public boolean send(String to, String subject, String text) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("No mail server is set up (spring.mail.host): an email to a member was not sent");
			return false;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(settings.mailFrom());
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text);
			sender.send(message);
			return true;
		}
		catch (MailException | MessagingException ex) {
			log.warn("An email to a member failed: {}", ex.getMessage());
			return false;
		}
	}

}
