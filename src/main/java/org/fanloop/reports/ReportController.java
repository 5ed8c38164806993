package org.fanloop.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.DeliveredPost;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The experience report form on its own page, for a tester of a live beta: a rating for
 * each delivered post, the best and the worst, a score and a comment. Works without
 * JavaScript; a second visit shows the report given before, to change it.
 */
@Controller
class ReportController {

	private static final String FORM = "reports/report";

	private final ReportService reports;

	private final BuildService builds;

	ReportController(ReportService reports, BuildService builds) {
		this.reports = reports;
		this.builds = builds;
	}

	@GetMapping("/builds/{id}/report")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, Model model) {
		Build build = builds.visible(id, me);
		if (!reports.mayReport(build, me)) {
			throw new Refused(Words.of("testers-report-live"));
		}
		ExperienceReport mine = reports.mineIfAny(id, me);
		Map<String, String> ratings = new LinkedHashMap<>();
		if (mine != null) {
			mine.ratings().forEach((post, rating) -> ratings.put(String.valueOf(post), rating.value()));
		}
		return render(build,
				(mine != null) ? new NewReport(ratings, mine.best(), mine.worst(), mine.score(), mine.comment())
						: new NewReport(Map.of(), null, null, 0, ""),
				null, model);
	}

	@PostMapping("/builds/{id}/report")
	String submit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal SignedInMember me, Model model, RedirectAttributes redirect) {
		Build build = builds.visible(id, me);
		Map<String, String> ratings = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith("rating-") && !values.isEmpty() && !values.getFirst().isBlank()) {
				ratings.put(name.substring("rating-".length()), values.getFirst());
			}
		});
		Integer score = number(form.getFirst("score"));
		NewReport report = new NewReport(ratings, longOrNull(form.getFirst("best")), longOrNull(form.getFirst("worst")),
				(score != null) ? score : 0, form.getFirst("comment"));
		if (score == null || score < 1 || score > 5) {
			return render(build, report, Words.page("flash.report-score"), model);
		}
		if (report.comment().length() > 10000) {
			return render(build, report, Words.page("flash.report-comment"), model);
		}
		try {
			boolean created = reports.submit(id, report, me).created();
			redirect.addFlashAttribute("notice",
					created ? Words.page("flash.report-created") : Words.page("flash.report-updated"));
			return "redirect:/builds/" + id + "#reports";
		}
		catch (InvalidReport ex) {
			return render(build, report, Words.page("flash.report-stale"), model);
		}
		catch (ReportConflict ex) {
			redirect.addFlashAttribute("error", ex.detail());
			return "redirect:/builds/" + id;
		}
	}

	private String render(Build build, NewReport report, @Nullable String error, Model model) {
		List<DeliveredPost> delivered = builds.delivered(build.id());
		model.addAttribute("build", build);
		model.addAttribute("posts", delivered);
		model.addAttribute("report", report);
		model.addAttribute("error", error);
		return FORM;
	}

	private static @Nullable Integer number(@Nullable String value) {
		try {
			return (value == null || value.isBlank()) ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Long longOrNull(@Nullable String value) {
		try {
			return (value == null || value.isBlank()) ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
