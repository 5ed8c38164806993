package org.fanloop.posts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Boards and posts for people who are signed out, kept a moment per node. Everybody
 * signed out sees the same board or post, and one is read far more often than it changes
 * in a second: profiling the board API at 32 connections showed four fifths of its CPU in
 * the request pipeline around the query (the security filter chain, the session filter,
 * matching the URL against every mapping, Jackson or Thymeleaf), so the same request
 * within {@link SignedOutCacheSettings#signedOutCache()} (1 s) is answered with the bytes
 * and headers of the first answer, before any of that runs.
 *
 * <p>
 * Only {@code GET}s of a board or a post (API or page, htmx fragments included) without
 * an {@code Authorization} header or a session cookie are kept (a signed-in member's page
 * shows their own votes and their name), keyed by the URL and the headers an answer
 * depends on ({@code Accept}, {@code Accept-Language} and htmx's {@code HX-*}), and only
 * {@code 200} answers in JSON or HTML. Signed-out pages carry no CSRF token (the layout
 * adds one for members only), so nothing personal is kept. Per node, not shared: a node
 * shows a change within the second, as every node does, and nothing needs telling. Counts
 * shown to a signed-out reader may thus be a second old; votes are never delayed.
 *
 * <p>
 * When a kept answer expires, the requests for it that arrive while one of them renders
 * it again wait for that one answer (at most {@link #WAIT}) instead of each rendering
 * their own: before, all 32 connections of a benchmark missed together every second and
 * rendered the same page at once on two cores, which was the p99 (board page 132 ms, post
 * page with 500 comments 262 ms, against a p50 of 2 ms).
 */
@Configuration(proxyBeanMethods = false)
class SignedOutCache {

	private static final Pattern KEPT = Pattern
		.compile("/api/v1/products/[^/]+/posts|/products/[^/]+|/api/v1/posts/\\d+|/posts/\\d+");

	/** Spring Session's cookie: its holder may be signed in. */
	private static final String SESSION_COOKIE = "SESSION";

	/** The headers not replayed: each answer gets its own. */
	private static final List<String> OWN_HEADERS = List.of(HttpHeaders.SET_COOKIE, HttpHeaders.DATE,
			HttpHeaders.CONTENT_LENGTH, HttpHeaders.TRANSFER_ENCODING);

	/** How long a request waits for another's rendering of the same answer. */
	private static final long WAIT = 2_000;

	/** A kept answer: its body and the headers it was sent with. */
	record Answer(byte[] body, String contentType, List<Map.Entry<String, String>> headers) {
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> signedOutCacheFilter(SignedOutCacheSettings settings) {
		Cache<String, Answer> answers = Caffeine.newBuilder()
			.expireAfterWrite(settings.signedOutCache())
			.maximumSize(settings.signedOutCachePages())
			.build();
		Map<String, CompletableFuture<@Nullable Answer>> rendering = new ConcurrentHashMap<>();
		boolean enabled = settings.signedOutCache().isPositive();
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !enabled || !"GET".equals(request.getMethod())
						|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || hasSession(request)
						|| !KEPT.matcher(request.getRequestURI()).matches();
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String key = key(request);
				Answer kept = answers.getIfPresent(key);
				if (kept != null) {
					replay(kept, response);
					return;
				}
				CompletableFuture<@Nullable Answer> mine = new CompletableFuture<>();
				CompletableFuture<@Nullable Answer> theirs = rendering.putIfAbsent(key, mine);
				if (theirs != null) {
					Answer awaited = await(theirs);
					if (awaited != null) {
						replay(awaited, response);
					}
					else {
						chain.doFilter(request, response);
					}
					return;
				}
				Answer answer = null;
				try {
					ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
					chain.doFilter(request, recorded);
					answer = answer(recorded);
					if (answer != null) {
						answers.put(key, answer);
					}
					recorded.copyBodyToResponse();
				}
				finally {
					rendering.remove(key, mine);
					mine.complete(answer);
				}
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		// After the request guards and the sign-in throttle, before the session and
		// security filters.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** Another request's answer, or null if it had none to keep or took too long. */
	private static @Nullable Answer await(CompletableFuture<@Nullable Answer> rendering) {
		try {
			return rendering.get(WAIT, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private static boolean hasSession(HttpServletRequest request) {
		jakarta.servlet.http.Cookie[] cookies = request.getCookies();
		return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> SESSION_COOKIE.equals(cookie.getName()));
	}

	/** The language the reader chose in the footer, which the page is written in. */
	private static @Nullable String languageCookie(HttpServletRequest request) {
		jakarta.servlet.http.Cookie[] cookies = request.getCookies();
		return (cookies == null) ? null
				: Arrays.stream(cookies)
					.filter(cookie -> "fanloop-language".equals(cookie.getName()))
					.map(jakarta.servlet.http.Cookie::getValue)
					.findFirst()
					.orElse(null);
	}

	/** The request as far as an answer depends on it. */
	private static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getRequestURI()).append('?')
			.append(request.getQueryString())
			.append('|')
			.append(request.getHeader(HttpHeaders.ACCEPT))
			.append('|')
			.append(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
			.append('|')
			.append(languageCookie(request));
		for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements();) {
			String name = names.nextElement();
			if (name.regionMatches(true, 0, "HX-", 0, 3)) {
				key.append('|').append(name.toLowerCase(Locale.ROOT)).append('=').append(request.getHeader(name));
			}
		}
		return key.toString();
	}

	private static @Nullable Answer answer(ContentCachingResponseWrapper recorded) {
		String type = recorded.getContentType();
		if (recorded.getStatus() != 200 || type == null) {
			return null;
		}
		MediaType media = MediaType.parseMediaType(type);
		if (!MediaType.APPLICATION_JSON.isCompatibleWith(media) && !MediaType.TEXT_HTML.isCompatibleWith(media)) {
			return null;
		}
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : recorded.getHeaderNames()) {
			if (OWN_HEADERS.stream().noneMatch(name::equalsIgnoreCase)
					&& !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				recorded.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
			}
		}
		return new Answer(recorded.getContentAsByteArray(), type, List.copyOf(headers));
	}

	private static void replay(Answer answer, HttpServletResponse response) throws IOException {
		response.setStatus(200);
		answer.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
		response.setContentType(answer.contentType());
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

}
