package org.fanloop.releases;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The release train and lead times for API clients.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Release train")
class TrainApiController {

	private final TrainService trains;

	private final LeadTimeService leadTimes;

	private final ProductService products;

	TrainApiController(TrainService trains, LeadTimeService leadTimes, ProductService products) {
		this.trains = trains;
		this.leadTimes = leadTimes;
		this.products = products;
	}

	@GetMapping("/products/{slug}/train")
	@Operation(summary = "The release train: cadence and the next beta and stable days")
	Schedule train(@PathVariable String slug) {
		return Schedule.of(trains.train(products.get(slug).id()));
	}

	@PutMapping("/products/{slug}/train")
	@Operation(summary = "Set the beta weekday and the stable cadence (staff)")
	Schedule configure(@PathVariable String slug, @Valid @RequestBody TrainSettings settings,
			@AuthenticationPrincipal SignedInMember me) {
		return Schedule.of(trains.configure(slug, settings, me));
	}

	@GetMapping("/products/{slug}/lead-time")
	@Operation(summary = "Median and 90th percentile lead times over the last 90 days (ISO-8601 durations)")
	LeadTime productLeadTime(@PathVariable String slug) {
		return leadTimes.product(products.get(slug).id());
	}

	@GetMapping("/posts/{id}/lead-time")
	@Operation(summary = "A post's lead time to beta and stable, and the builds that delivered it")
	PostLeadTime postLeadTime(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me) {
		return leadTimes.post(id, me);
	}

	record Schedule(String betaWeekday, int stableEveryWeeks, LocalDate nextBeta, LocalDate nextStable) {

		static Schedule of(ReleaseTrain train) {
			LocalDate today = LocalDate.now(ZoneOffset.UTC);
			return new Schedule(train.betaWeekday().name().toLowerCase(Locale.ROOT), train.stableEveryWeeks(),
					train.nextBeta(today), train.nextStable(today));
		}

	}

}
