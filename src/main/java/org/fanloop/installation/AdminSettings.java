package org.fanloop.installation;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, from {@code FANLOOP_ADMIN_USERNAME} and {@code FANLOOP_ADMIN_PASSWORD}
 * (and optionally {@code FANLOOP_ADMIN_EMAIL}); used only while no admin exists.
 *
 * @param username the admin's username
 * @param password the admin's password (8 to 64 characters)
 * @param email the admin's email; {@code <username>@localhost} when not given
 */
@ConfigurationProperties("fanloop.admin")
record AdminSettings(@Nullable String username, @Nullable String password, @Nullable String email) {

	boolean given() {
		return username != null && !username.isBlank() && password != null && !password.isBlank();
	}

}
