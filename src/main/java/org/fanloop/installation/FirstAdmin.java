package org.fanloop.installation;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.fanloop.accounts.SignUp;
import org.fanloop.accounts.SignUpRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from the environment at start-up, when none exists. Without the
 * settings the setup page does it.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AdminSettings settings;

	private final InstallationService installation;

	private final Validator validator;

	FirstAdmin(AdminSettings settings, InstallationService installation, Validator validator) {
		this.settings = settings;
		this.installation = installation;
		this.validator = validator;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.given() || installation.isSetUp()) {
			return;
		}
		String username = settings.username().trim();
		String email = (settings.email() != null) ? settings.email() : username + "@localhost";
		SignUp admin = new SignUp(username, email, settings.password());
		Set<ConstraintViolation<SignUp>> problems = validator.validate(admin);
		if (!problems.isEmpty()) {
			problems.forEach(problem -> log.error("FANLOOP_ADMIN_{}: {}",
					problem.getPropertyPath().toString().toUpperCase(), problem.getMessage()));
			log.error("No admin was created from the environment; fix it or use the setup page.");
			return;
		}
		try {
			if (installation.createFirstAdmin(admin)) {
				log.info("Created the first admin '{}' from FANLOOP_ADMIN_USERNAME.", admin.normalized().username());
			}
		}
		catch (SignUpRejected ex) {
			log.error("No admin was created from the environment: {} {}", ex.field(), ex.reason());
		}
	}

}
