package org.fanloop.accounts;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;

/**
 * Page sessions in the database (Spring Session JDBC), served through
 * {@link SessionStore}, which Spring Session's filter takes as the primary session
 * repository. Declaring a repository makes Spring Boot's own JDBC session configuration
 * step back, so this imports Spring Session's and sets the timeout Boot would have set.
 */
@Configuration(proxyBeanMethods = false)
@Import(JdbcHttpSessionConfiguration.class)
class SessionConfiguration {

	@Bean
	@Primary
	@SuppressWarnings({ "unchecked", "rawtypes" })
	SessionStore sessionStore(JdbcIndexedSessionRepository sessions) {
		// The JDBC repository's session type is not public; it is a Session all the same.
		return new SessionStore((SessionRepository<Session>) (SessionRepository) sessions);
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		return sessions -> sessions.setDefaultMaxInactiveInterval(timeout);
	}

}
