package org.fanloop.reports;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Experience reports through the API.
 */
@RestController
@RequestMapping("/api/v1/builds/{id}/reports")
@Tag(name = "Experience reports")
class ReportApiController {

	private final ReportService reports;

	ReportApiController(ReportService reports) {
		this.reports = reports;
	}

	@PostMapping
	@Operation(summary = "A tester's experience report on a live beta build: 201 when new, 200 when it replaces theirs")
	ResponseEntity<ExperienceReport> submit(@PathVariable long id, @Valid @RequestBody NewReport report,
			@AuthenticationPrincipal SignedInMember me) {
		ReportService.Submitted submitted = reports.submit(id, report, me);
		return submitted.created()
				? ResponseEntity.created(URI.create("/api/v1/builds/" + id + "/reports/mine")).body(submitted.report())
				: ResponseEntity.ok(submitted.report());
	}

	@GetMapping("/mine")
	@Operation(summary = "The caller's own report on this build")
	ExperienceReport mine(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return reports.mine(id, me);
	}

	@GetMapping
	@Operation(summary = "Staff: the build's reports, oldest first; pass nextCursor as cursor for more")
	ReportService.ReportPage all(@PathVariable long id, @RequestParam(required = false) @Nullable String cursor,
			@AuthenticationPrincipal SignedInMember me) {
		return reports.page(id, cursor, me);
	}

}
