package org.fanloop.screenshots;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Screenshots for API clients: uploads as {@code multipart/form-data} with one part
 * {@code file}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Screenshots")
class ScreenshotApiController {

	private final ScreenshotService screenshots;

	ScreenshotApiController(ScreenshotService screenshots) {
		this.screenshots = screenshots;
	}

	@PostMapping(path = "/posts/{id}/screenshots", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add a screenshot to a bug reported against a build (its reporter or staff)",
			description = "PNG, JPEG or WebP by its bytes, at most 5 MB and 5 per bug; re-encoded without metadata "
					+ "(WebP becomes PNG). 400 names the field `file`; 409 when the post is no bug or has 5.")
	ResponseEntity<Screenshot> addToBug(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal SignedInMember me) throws IOException {
		return created(screenshots.addToBug(id, file.getBytes(), me));
	}

	@GetMapping("/posts/{id}/screenshots")
	@Operation(summary = "The bug's screenshots (whoever may see its build)")
	List<Screenshot> ofBug(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me) {
		return screenshots.ofBug(id, me);
	}

	@PostMapping(path = "/builds/{id}/reports/mine/screenshots", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add a screenshot to the caller's experience report on a live beta (the tester)",
			description = "As for bugs; 404 until the tester has reported, 409 once the build takes no reports.")
	ResponseEntity<Screenshot> addToReport(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal SignedInMember me) throws IOException {
		return created(screenshots.addToReport(id, file.getBytes(), me));
	}

	@GetMapping("/builds/{id}/reports/mine/screenshots")
	@Operation(summary = "The screenshots on the caller's own report on the build")
	List<Screenshot> ofMyReport(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return screenshots.ofMyReport(id, me);
	}

	@GetMapping("/builds/{id}/screenshots")
	@Operation(summary = "The build's screenshots the caller may see",
			description = "Staff see all, bugs' and reports'; testers the bugs' and their own report's.")
	List<Screenshot> ofBuild(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me) {
		return screenshots.ofBuild(id, me);
	}

	// No "produces": a 404 must still go out as problem+json to a client that accepts
	// only
	// JSON.
	@GetMapping("/screenshots/{id}")
	@Operation(summary = "The image (whoever may see its build; a report's only its tester and staff)")
	@ApiResponse(responseCode = "200", description = "The image, re-encoded", content = {
			@Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<byte[]> image(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me) {
		return ScreenshotResponses.image(screenshots.open(id, me));
	}

	@DeleteMapping("/screenshots/{id}")
	@Operation(summary = "Delete a screenshot (who uploaded it, or staff)")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		screenshots.delete(id, me);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<Screenshot> created(Screenshot screenshot) {
		return ResponseEntity.created(URI.create(screenshot.url())).body(screenshot);
	}

}
