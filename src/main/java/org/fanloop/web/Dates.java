package org.fanloop.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as the pages show them, for templates: {@code ${@dates.ago(post.createdAt)}}.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

	/** "3 days ago", "just now" (in the reader's language: "3 天前", "刚刚"). */
	public String ago(Instant instant) {
		Duration age = Duration.between(instant, Instant.now());
		boolean zh = chinese();
		if (age.toMinutes() < 1) {
			return zh ? "刚刚" : "just now";
		}
		if (age.toDays() >= 60) {
			return zh ? day(instant) : "on " + day(instant);
		}
		String span = (age.toHours() < 1) ? count(age.toMinutes(), Unit.MINUTE)
				: (age.toDays() < 1) ? count(age.toHours(), Unit.HOUR) : count(age.toDays(), Unit.DAY);
		return zh ? span + "前" : span + " ago";
	}

	/** "26 Nov 2026" or "2026年11月26日" (UTC). */
	public String day(Instant instant) {
		return (chinese() ? DAY_ZH : DAY).format(instant);
	}

	/** "26 Nov 2026" or "2026年11月26日". */
	public String day(LocalDate date) {
		return (chinese() ? DAY_ZH : DAY).format(date);
	}

	/** For the datetime attribute of {@code <time>}. */
	public String iso(Instant instant) {
		return ISO.format(instant);
	}

	/**
	 * A lead time: "12 days", "1 day 4 hours", "5 hours", "12 minutes" ("12 天", "1 天 4
	 * 小时"); an en dash for none.
	 */
	public String duration(@Nullable Duration duration) {
		if (duration == null) {
			return "–";
		}
		long days = duration.toDays();
		long hours = duration.toHoursPart();
		if (days >= 2) {
			return count(days, Unit.DAY);
		}
		if (days == 1) {
			return count(days, Unit.DAY) + ((hours > 0) ? " " + count(hours, Unit.HOUR) : "");
		}
		if (duration.toHours() > 0) {
			return count(duration.toHours(), Unit.HOUR);
		}
		return count(Math.max(1, duration.toMinutes()), Unit.MINUTE);
	}

	private static boolean chinese() {
		return "zh".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	private static String count(long count, Unit unit) {
		if (chinese()) {
			return count + " " + unit.chinese;
		}
		return count + " " + unit.english + ((count == 1) ? "" : "s");
	}

	private enum Unit {

		MINUTE("minute", "分钟"), HOUR("hour", "小时"), DAY("day", "天");

		private final String english;

		private final String chinese;

		Unit(String english, String chinese) {
			this.english = english;
			this.chinese = chinese;
		}

	}

}
