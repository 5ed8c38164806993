package org.fanloop.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a member in on the pages right after they created their account, in a fresh
 * session (the old session id is dropped, so it cannot be fixed in advance).
 */
@Component
public class WebSignIn {

	private final SecurityContextRepository contexts;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final MemberLanguages languages;

	WebSignIn(SecurityContextRepository contexts, MemberLanguages languages) {
		this.contexts = contexts;
		this.languages = languages;
	}

	public void signIn(Member member, HttpServletRequest request, HttpServletResponse response) {
		SignedInMember principal = new SignedInMember(member.id(), member.username(), member.admin());
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = holder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, Roles.of(principal)));
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		languages.applyAtSignIn(member.id(), request, response);
	}

}
