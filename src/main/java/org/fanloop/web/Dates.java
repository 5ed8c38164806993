package org.fanloop.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Dates as the pages show them, for templates: {@code ${@dates.ago(post.createdAt)}}.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

	/** "3 days ago", "just now". */
	public String ago(Instant instant) {
		Duration age = Duration.between(instant, Instant.now());
		if (age.toMinutes() < 1) {
			return "just now";
		}
		if (age.toHours() < 1) {
			return plural(age.toMinutes(), "minute");
		}
		if (age.toDays() < 1) {
			return plural(age.toHours(), "hour");
		}
		if (age.toDays() < 60) {
			return plural(age.toDays(), "day");
		}
		return "on " + day(instant);
	}

	/** "26 Nov 2026" (UTC). */
	public String day(Instant instant) {
		return DAY.format(instant);
	}

	/** "26 Nov 2026". */
	public String day(LocalDate date) {
		return DAY.format(date);
	}

	/** For the datetime attribute of {@code <time>}. */
	public String iso(Instant instant) {
		return ISO.format(instant);
	}

	/**
	 * A lead time: "12 days", "1 day 4 hours", "5 hours", "12 minutes"; an en dash for
	 * none.
	 */
	public String duration(@Nullable Duration duration) {
		if (duration == null) {
			return "–";
		}
		long days = duration.toDays();
		long hours = duration.toHoursPart();
		if (days >= 2) {
			return count(days, "day");
		}
		if (days == 1) {
			return count(days, "day") + ((hours > 0) ? " " + count(hours, "hour") : "");
		}
		if (duration.toHours() > 0) {
			return count(duration.toHours(), "hour");
		}
		return count(Math.max(1, duration.toMinutes()), "minute");
	}

	private static String count(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s") + " ago";
	}

}
