package org.fanloop.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The filters every request passes first, before sessions, security or any handler: who
 * the client is ({@link ForwardedClients}), a database that does not answer becomes a
 * 503, and bodies over the limit or text with NUL characters are refused before anything
 * reads them. Their errors go through the one problem+json handler (pages get the error
 * page).
 */
@Configuration(proxyBeanMethods = false)
class RequestGuards {

	@Bean
	FilterRegistrationBean<ForwardedClients> forwardedClients(WebSettings settings) {
		FilterRegistrationBean<ForwardedClients> registration = new FilterRegistrationBean<>(
				new ForwardedClients(settings.trustedProxies()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseOutage(
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					chain.doFilter(request, response);
				}
				catch (ServletException | RuntimeException ex) {
					// Sessions and token look-ups read the database before any handler
					// runs;
					// a failure there must be a 503 too.
					if (!isDatabaseDown(ex) || response.isCommitted()) {
						throw ex;
					}
					response.reset();
					refuse(problems, request, response, new DatabaseUnavailable());
				}
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestInput(WebSettings settings,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
		long bodyLimit = settings.maxBodySize().toBytes();
		long uploadLimit = Math.max(bodyLimit, settings.maxUploadSize().toBytes());
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String type = request.getContentType();
				boolean upload = type != null
						&& type.regionMatches(true, 0, "multipart/form-data", 0, "multipart/form-data".length());
				long limit = upload ? uploadLimit : bodyLimit;
				if (request.getContentLengthLong() > limit) {
					refuse(problems, request, response, new BodyTooLarge(limit));
					return;
				}
				for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
					for (String value : parameter.getValue()) {
						if (value.indexOf('\0') >= 0 || parameter.getKey().indexOf('\0') >= 0) {
							refuse(problems, request, response, InvalidText.nul(parameter.getKey()));
							return;
						}
					}
				}
				// A body with a length was checked above (Tomcat reads no further than it
				// says);
				// only a chunked one is counted as it is read. Reads without a body pass
				// as
				// they are: no wrapper on every board request.
				boolean chunked = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
				chain.doFilter(chunked ? new LimitedBody(request, limit) : request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * Whether this failure means the database is away: no connection could be had, or the
	 * one in use died (SQL state class 08, "connection exception", which is also what a
	 * rollback on a dead connection reports).
	 */
	static boolean isDatabaseDown(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return true;
			}
			// A statement that failed because the connection broke, whose rollback then
			// failed on the same broken connection: Spring reports the rollback and keeps
			// the statement's failure beside it (seen on PostgreSQL when the connection
			// was cut in the middle of a sign-up).
			if (cause instanceof org.springframework.transaction.TransactionSystemException failed
					&& failed.getApplicationException() != null && isDatabaseDown(failed.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	private static void refuse(HandlerExceptionResolver problems, HttpServletRequest request,
			HttpServletResponse response, ErrorResponseException refusal) throws IOException {
		if (problems.resolveException(request, response, null, refusal) == null) {
			refusal.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.sendError(refusal.getStatusCode().value());
		}
	}

	/**
	 * A body sent without a length (chunked) is counted as it is read; past the limit the
	 * read fails, and the one error handler answers 413.
	 */
	private static final class LimitedBody extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream counted;

		LimitedBody(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.counted == null) {
				ServletInputStream body = super.getInputStream();
				this.counted = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = body.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = body.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws IOException {
						this.read += n;
						if (this.read > LimitedBody.this.limit) {
							throw new BodyOverLimit(LimitedBody.this.limit);
						}
					}

					@Override
					public boolean isFinished() {
						return body.isFinished();
					}

					@Override
					public boolean isReady() {
						return body.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						body.setReadListener(listener);
					}

				};
			}
			return this.counted;
		}

	}

	/**
	 * Thrown while reading a body past the limit; the error handler finds it as a cause.
	 */
	static final class BodyOverLimit extends IOException {

		final long limit;

		BodyOverLimit(long limit) {
			super("request body over " + limit + " bytes");
			this.limit = limit;
		}

	}

}
