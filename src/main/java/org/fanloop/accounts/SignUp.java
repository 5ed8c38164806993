package org.fanloop.accounts;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a new member gives: usernames are 3 to 30 letters, digits, '-' or '_' and are
 * case-insensitive; passwords are 8 to 64 characters (BCrypt reads at most 72 bytes) and
 * not easy to guess ({@link StrongPassword}).
 */
@StrongPassword
public record SignUp(@NotBlank @Size(min = 3, max = 30) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*",
		message = "may contain only letters, digits, '-' and '_', and starts with a letter or digit") String username,
		@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(min = 8, max = 64) String password) {

	public SignUp normalized() {
		return new SignUp(username.trim().toLowerCase(Locale.ROOT), email.trim().toLowerCase(Locale.ROOT), password);
	}

}
