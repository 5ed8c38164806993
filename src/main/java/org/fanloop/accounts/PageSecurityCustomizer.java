package org.fanloop.accounts;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Lets another module add to the pages' security (the single sign-on module adds OpenID
 * Connect login), without the accounts module depending on it.
 */
public interface PageSecurityCustomizer {

	void customize(HttpSecurity http) throws Exception;

}
