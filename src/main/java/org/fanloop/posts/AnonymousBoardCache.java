package org.fanloop.posts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Board API pages for people who are signed out, kept a moment per node. Everybody signed
 * out sees the same page of a board, and a board is read far more often than it changes
 * in a second: profiling the board API at 32 connections showed four fifths of its CPU in
 * the request pipeline around the query (the security filter chain, the session filter,
 * matching the URL against every mapping, Jackson), so the same URL asked again within
 * {@link BoardSettings#anonymousCache()} (1 s) is answered with the bytes and headers of
 * the first answer, before any of that runs.
 *
 * <p>
 * Only {@code GET}s of {@code /api/v1/products/{slug}/posts} without an
 * {@code Authorization} header or a cookie (a signed-in member's page shows their own
 * votes, and their token or session must be checked), and only {@code 200} JSON answers,
 * are kept. Per node, not shared: a node that has not seen a vote shows it within the
 * second, as every node does; nothing needs telling. Counts shown to a signed-out reader
 * may thus be a second old; the votes themselves are never delayed.
 */
@Configuration(proxyBeanMethods = false)
class AnonymousBoardCache {

	private static final Pattern BOARD = Pattern.compile("/api/v1/products/[^/]+/posts");

	/** The headers not replayed: each answer gets its own. */
	private static final List<String> OWN_HEADERS = List.of(HttpHeaders.SET_COOKIE, HttpHeaders.DATE,
			HttpHeaders.CONTENT_LENGTH, HttpHeaders.TRANSFER_ENCODING);

	/** A kept answer: its body and the headers it was sent with. */
	record Answer(byte[] body, String contentType, List<Map.Entry<String, String>> headers) {
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> anonymousBoardCacheFilter(BoardSettings settings) {
		Cache<String, Answer> answers = Caffeine.newBuilder()
			.expireAfterWrite(settings.anonymousCache())
			.maximumSize(settings.anonymousCachePages())
			.build();
		boolean enabled = settings.anonymousCache().isPositive();
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !enabled || !"GET".equals(request.getMethod())
						|| request.getHeader(HttpHeaders.AUTHORIZATION) != null
						|| request.getHeader(HttpHeaders.COOKIE) != null
						|| !BOARD.matcher(request.getRequestURI()).matches();
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String key = request.getRequestURI() + "?" + request.getQueryString() + "|"
						+ request.getHeader(HttpHeaders.ACCEPT);
				Answer kept = answers.getIfPresent(key);
				if (kept != null) {
					replay(kept, response);
					return;
				}
				ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
				chain.doFilter(request, recorded);
				Answer answer = answer(recorded);
				if (answer != null) {
					answers.put(key, answer);
				}
				recorded.copyBodyToResponse();
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		// After the request guards and the sign-in throttle, before the session and
		// security filters.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	private static @Nullable Answer answer(ContentCachingResponseWrapper recorded) {
		String type = recorded.getContentType();
		if (recorded.getStatus() != 200 || type == null
				|| !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
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
