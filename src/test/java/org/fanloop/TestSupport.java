package org.fanloop;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What integration tests add to the application: a clean schema per run, a fast password
 * hash, and the {@link Community} fixtures.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(Community.class)
class TestSupport {

	/**
	 * The PostgreSQL test database outlives a run: start from an empty schema every time.
	 */
	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}

	/**
	 * A real SMTP server in the test JVM, on the port application-test.properties names.
	 */
	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(ServerSetupTest.SMTP);
	}

	/** BCrypt at its lowest cost: tests sign hundreds of members up. */
	@Bean
	@Primary
	PasswordEncoder fastPasswordEncoder() {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
	}

}
