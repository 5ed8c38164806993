package org.fanloop.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fanloop.web.LocalPaths;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the login form leads. The form carries the page the member came from
 * ({@code back}, a local path only) and, when they pressed a vote button while signed
 * out, the post they voted for ({@code vote}): after signing in the vote is cast and they
 * are back on that page. A failed attempt shows the form again with the username kept.
 */
final class SignInPages {

	private final ApplicationEventPublisher events;

	private final RequestCache requests = new HttpSessionRequestCache();

	private final MemberLanguages languages;

	SignInPages(ApplicationEventPublisher events, MemberLanguages languages) {
		this.events = events;
		this.languages = languages;
	}

	AuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setRequestCache(this.requests);
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof SignedInMember signedIn) {
				languages.applyAtSignIn(signedIn.id(), request, response);
			}
			Long vote = vote(request);
			String back = back(request);
			if (vote != null && authentication.getPrincipal() instanceof SignedInMember member) {
				this.events.publishEvent(new VoteAtSignIn(member, vote));
				redirect(request, response, ((back != null) ? back : "/posts/" + vote) + "#vote-" + vote);
			}
			else if (back != null && this.requests.getRequest(request, response) == null) {
				redirect(request, response, back);
			}
			else {
				saved.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	AuthenticationFailureHandler failure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			UriComponentsBuilder login = UriComponentsBuilder.fromPath("/login")
				.queryParam("error", (ex instanceof LockedException) ? "locked"
						: (ex instanceof DisabledException) ? "sso" : "wrong");
			String username = request.getParameter("username");
			if (username != null && !username.isBlank() && username.length() <= 254) {
				login.queryParam("username", username.strip());
			}
			String back = back(request);
			if (back != null) {
				login.queryParam("back", back);
			}
			Long vote = vote(request);
			if (vote != null) {
				login.queryParam("vote", vote);
			}
			redirect(request, response, login.encode().build().toUriString());
		};
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
			throws IOException {
		response.sendRedirect(request.getContextPath() + path);
	}

	static @Nullable String back(HttpServletRequest request) {
		return worthReturningTo(LocalPaths.relative(request.getParameter("back")));
	}

	/** A local path to return to after signing in; never the sign-in pages themselves. */
	static @Nullable String worthReturningTo(@Nullable String path) {
		return (path == null || path.startsWith("/login") || path.startsWith("/signup") || path.startsWith("/logout"))
				? null : path;
	}

	static @Nullable Long vote(HttpServletRequest request) {
		String vote = request.getParameter("vote");
		if (vote == null || vote.isEmpty() || vote.length() > 18 || !vote.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Long.valueOf(vote);
	}

}
