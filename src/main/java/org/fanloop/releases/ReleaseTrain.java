package org.fanloop.releases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A product's cadence. Beta builds come every week on {@code betaWeekday}; every
 * {@code stableEveryWeeks}-th beta day, counted from the first beta day on or after
 * {@code startedOn}, is a stable day.
 */
public record ReleaseTrain(long productId, DayOfWeek betaWeekday, int stableEveryWeeks, LocalDate startedOn) {

	/** Friday betas, stable every four weeks. */
	static ReleaseTrain standard(long productId, LocalDate startedOn) {
		return new ReleaseTrain(productId, DayOfWeek.FRIDAY, 4, startedOn);
	}

	/** The next beta day, today included. */
	public LocalDate nextBeta(LocalDate today) {
		return today.with(TemporalAdjusters.nextOrSame(betaWeekday));
	}

	/** The next stable day, today included. */
	public LocalDate nextStable(LocalDate today) {
		LocalDate first = startedOn.with(TemporalAdjusters.nextOrSame(betaWeekday));
		if (!first.isBefore(today)) {
			return first;
		}
		long weeks = ChronoUnit.WEEKS.between(first, nextBeta(today));
		long cycles = Math.ceilDiv(weeks, stableEveryWeeks);
		return first.plusWeeks(cycles * stableEveryWeeks);
	}

}
