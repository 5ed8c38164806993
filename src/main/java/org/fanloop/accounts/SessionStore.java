package org.fanloop.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The members' page sessions: Spring Session's JDBC repository, except that a session's
 * last access is written back at most once a minute. Spring Session marks a session
 * changed on every request it is used in, so every page a signed-in member opened (every
 * vote through the pages) updated and committed the member's session row. Sessions last
 * 14 days, so one that ends up to a minute early loses nothing; attribute changes, a new
 * session id and new sessions are written at once as before.
 */
class SessionStore implements SessionRepository<SessionStore.StoredSession> {

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final SessionRepository<Session> sessions;

	SessionStore(SessionRepository<Session> sessions) {
		this.sessions = sessions;
	}

	@Override
	public StoredSession createSession() {
		return new StoredSession(this.sessions.createSession());
	}

	@Override
	public void save(StoredSession session) {
		this.sessions.save(session.stored);
	}

	@Override
	public @Nullable StoredSession findById(String id) {
		Session found = this.sessions.findById(id);
		return (found != null) ? new StoredSession(found) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	/** A session whose last access moves on only once {@link #TOUCH_EVERY} has passed. */
	static final class StoredSession implements Session {

		private final Session stored;

		StoredSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(TOUCH_EVERY))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
