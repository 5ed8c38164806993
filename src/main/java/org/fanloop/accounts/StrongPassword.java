package org.fanloop.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Zxcvbn;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A sign-up's password must not be guessable: zxcvbn's estimate (common passwords,
 * keyboard walks, dates, l33t) must reach "somewhat guessable" (score 2 of 4), and it
 * must not contain the username or the email's name. The message goes on the password
 * field.
 */
@Documented
@Constraint(validatedBy = StrongPassword.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {

	String message() default "is too easy to guess";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<StrongPassword, SignUp> {

		/** zxcvbn's "somewhat guessable: protection from unthrottled online attacks". */
		static final int MINIMUM_SCORE = 2;

		private static final Zxcvbn ZXCVBN = new Zxcvbn();

		@Override
		public boolean isValid(SignUp signUp, ConstraintValidatorContext context) {
			String password = signUp.password();
			if (password == null || password.length() < 8 || password.length() > 64) {
				return true; // the field's own constraints speak
			}
			String problem = problem(password, signUp.username(), signUp.email());
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{problem.detail." + problem + "}")
				.addPropertyNode("password")
				.addConstraintViolation();
			return false;
		}

		/** The key under {@code problem.detail.} of what is wrong, or null. */
		static @Nullable String problem(String password, String username, String email) {
			String lower = password.toLowerCase(Locale.ROOT);
			List<String> personal = new ArrayList<>();
			if (username != null && username.strip().length() >= 3) {
				personal.add(username.strip().toLowerCase(Locale.ROOT));
			}
			if (email != null && email.indexOf('@') >= 3) {
				personal.add(email.strip().toLowerCase(Locale.ROOT).substring(0, email.strip().indexOf('@')));
			}
			for (String own : personal) {
				if (lower.contains(own)) {
					return "password-personal";
				}
			}
			if (ZXCVBN.measure(password, personal).getScore() < MINIMUM_SCORE) {
				return "password-guessable";
			}
			return null;
		}

	}

}
