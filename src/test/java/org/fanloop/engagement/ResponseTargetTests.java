package org.fanloop.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waiting time counted around the clock or in working hours, and the median and
 * percentile the figures use, against hand-computed examples.
 */
class ResponseTargetTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void workingHoursSkipNightsAndWeekends() {
		ResponseTarget office = new ResponseTarget(4, true, "Europe/Berlin", 9, 17, null);
		// Friday 27 Nov 2026 16:00 to Monday 30 Nov 10:00 in Berlin: 1 h on Friday, 1 h
		// on
		// Monday.
		Instant friday = ZonedDateTime.of(2026, 11, 27, 16, 0, 0, 0, BERLIN).toInstant();
		Instant monday = ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, BERLIN).toInstant();
		assertThat(office.waited(friday, monday)).isEqualTo(Duration.ofHours(2));
		assertThat(office.overdue(friday, monday)).isFalse();
		// Saturday night to Monday 08:59: nothing yet.
		Instant saturday = ZonedDateTime.of(2026, 11, 28, 22, 0, 0, 0, BERLIN).toInstant();
		assertThat(office.waited(saturday, monday.minus(Duration.ofMinutes(61)))).isZero();
		// Monday 9:00 to Tuesday 11:30: 8 h + 2.5 h; overdue against 4 h.
		Instant tuesday = ZonedDateTime.of(2026, 12, 1, 11, 30, 0, 0, BERLIN).toInstant();
		Instant nine = ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, BERLIN).toInstant();
		assertThat(office.waited(nine, tuesday)).isEqualTo(Duration.ofMinutes(630));
		assertThat(office.overdue(nine, tuesday)).isTrue();

		ResponseTarget clock = new ResponseTarget(24, false, "UTC", 9, 17, null);
		assertThat(clock.waited(friday, monday)).isEqualTo(Duration.ofHours(66));
		assertThat(clock.inWords()).isEqualTo("a day");
		assertThat(office.inWords()).isEqualTo("4 working hours");
	}

	@Test
	void medianAndNinetiethPercentile() {
		assertThat(EngagementService.median(List.of(30L, 90L, 200L, 300L, 600L))).isEqualTo(200L);
		assertThat(EngagementService.median(List.of(90L, 300L))).isEqualTo(195L);
		assertThat(EngagementService.p90(List.of(30L, 90L, 200L, 300L, 600L))).isEqualTo(600L);
		assertThat(EngagementService.p90(List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L))).isEqualTo(90L);
		assertThat(EngagementService.median(List.of())).isNull();
	}

}
