package org.fanloop.engagement;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A product's first-response promise: members hear from the team within
 * {@code targetHours}, counted around the clock or, with {@code businessHours}, only
 * Monday to Friday between {@code dayStart} and {@code dayEnd} o'clock in
 * {@code timeZone}; and each staff member's weekly goal of first answers (null: none).
 */
public record ResponseTarget(@NotNull @Min(1) @Max(720) Integer targetHours, @NotNull Boolean businessHours,
		@NotBlank String timeZone, @NotNull @Min(0) @Max(23) Integer dayStart, @NotNull @Min(1) @Max(24) Integer dayEnd,
		@Nullable @Min(1) @Max(1000) Integer weeklyGoal) {

	static final ResponseTarget DEFAULT = new ResponseTarget(24, false, "UTC", 9, 17, null);

	public ZoneId zone() {
		return ZoneId.of(timeZone);
	}

	/**
	 * How long a post written at {@code from} has waited at {@code to}: all of it, or
	 * with business hours only the working hours in between.
	 */
	Duration waited(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		if (!businessHours) {
			return Duration.between(from, to);
		}
		ZoneId zone = zone();
		LocalDate day = from.atZone(zone).toLocalDate();
		LocalDate last = to.atZone(zone).toLocalDate();
		Duration total = Duration.ZERO;
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			Instant open = ZonedDateTime.of(day.atTime(dayStart, 0), zone).toInstant();
			Instant close = (dayEnd == 24) ? ZonedDateTime.of(day.plusDays(1).atStartOfDay(), zone).toInstant()
					: ZonedDateTime.of(day.atTime(dayEnd, 0), zone).toInstant();
			Instant start = from.isAfter(open) ? from : open;
			Instant end = to.isBefore(close) ? to : close;
			if (end.isAfter(start)) {
				total = total.plus(Duration.between(start, end));
			}
		}
		return total;
	}

	boolean overdue(Instant from, Instant now) {
		return waited(from, now).compareTo(Duration.ofHours(targetHours)) > 0;
	}

	/** The promise in words, for the board: "within a day", "within 4 working hours". */
	public String inWords() {
		String span = (targetHours % 24 == 0 && !businessHours)
				? ((targetHours == 24) ? "a day" : (targetHours / 24) + " days")
				: targetHours + ((targetHours == 1) ? " hour" : " hours");
		return businessHours ? span.replace("hour", "working hour") : span;
	}

}
