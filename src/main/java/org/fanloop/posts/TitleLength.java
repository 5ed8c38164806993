package org.fanloop.posts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A post title long enough to say something, in any script: counted in display width,
 * where a Chinese, Japanese or Korean character (a whole word or syllable) counts two and
 * any other character one. At least 4 wide (深色 "dark", or "Dark"), at most 150
 * characters. A blank title is {@code @NotBlank}'s to report.
 */
@Documented
@Constraint(validatedBy = TitleLength.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface TitleLength {

	int MIN_WIDTH = 4;

	int MAX_CHARACTERS = 150;

	String message() default "needs at least 2 Chinese, Japanese or Korean characters or 4 other letters, and at most "
			+ "150 characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<TitleLength, String> {

		@Override
		public boolean isValid(String title, ConstraintValidatorContext context) {
			if (title == null || title.isBlank()) {
				return true;
			}
			String text = title.strip();
			return text.length() <= MAX_CHARACTERS && width(text) >= MIN_WIDTH;
		}

		static int width(String text) {
			return text.codePoints().map(c -> isWide(c) ? 2 : (Character.isWhitespace(c) ? 0 : 1)).sum();
		}

		/** CJK ideographs, kana, hangul and full-width forms: East Asian Wide. */
		private static boolean isWide(int codePoint) {
			Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
			return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
					|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
					|| (codePoint >= 0xFF01 && codePoint <= 0xFF60) || (codePoint >= 0x3000 && codePoint <= 0x303F);
		}

	}

}
