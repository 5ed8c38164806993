package org.fanloop.sessions;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.Promotion;
import org.fanloop.reputation.ReputationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A review session from plan to outcome: suggestions by reputation, invitations with a
 * valid calendar file, seats then a waitlist, the outcome moving discussed posts, and
 * attendance earning reputation.
 */
@FanloopIntegrationTest
class ReviewSessionIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	BuildService builds;

	@Autowired
	ReputationService reputation;

	@Test
	void aSessionIsPlannedFilledToCapacityWithAWaitlistAndClosedWithItsOutcome() throws Exception {
		Product product = community.product();
		Product other = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember shipper = community.fan();
		SignedInMember second = community.fan();
		SignedInMember third = community.fan();
		// The shipper's idea shipped: 30 points with this product, the best suggestion.
		Post shipped = community.post(product, shipper, "idea", "Lock screen widgets");
		Build beta = community.liveBeta(product, staff, "2.0-beta.1", shipped.id());
		builds.promote(beta.id(), new Promotion(null, null, null, null), staff);
		Post discussed = community.post(product, second, "idea", "A calmer night mode");

		String plan = "/api/v1/products/" + product.slug() + "/sessions";
		String body = """
				{"topic": "Night time", "startsAt": "2027-01-14T18:30", "timeZone": "Europe/Berlin",
				 "durationMinutes": 90, "place": "https://meet.example.com/night", "capacity": 2, "posts": [%d]}""";
		assertThat(community.postJson(mvc, plan, shipper, body.formatted(discussed.id()))).hasStatus(403);
		assertThat(community.postJson(mvc, plan, staff,
				body.formatted(discussed.id()).replace("Europe/Berlin", "Mars/Olympus")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("timeZone");
		assertThat(community.postJson(mvc, plan, staff,
				body.formatted(discussed.id()).replace("2027-01-14T18:30", "soon")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("startsAt");
		Post elsewhere = community.post(other, second);
		assertThat(community.postJson(mvc, plan, staff, body.formatted(elsewhere.id()))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("posts");
		MvcTestResult created = community.postJson(mvc, plan, staff, body.formatted(discussed.id()));
		assertThat(created).hasStatus(201);
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id"))
			.longValue();
		String session = "/api/v1/sessions/" + id;
		assertThat(community.get(mvc, session, null)).bodyJson().extractingPath("$.session.place").isNull();

		assertThat(community.get(mvc, session + "/suggestions", staff)).hasStatus(200).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$[0].username").isEqualTo(shipper.username());
			assertThat(json).extractingPath("$[0].points").isEqualTo(30);
			assertThat(json).extractingPath("$[0].reasons").asString().contains("idea shipped");
		});
		assertThat(community.get(mvc, session + "/suggestions", shipper)).hasStatus(403);

		assertThat(
				community.postJson(mvc, session + "/invitations", staff,
						"""
								{"usernames": ["%s", "%s", "%s"]}""".formatted(shipper.username(), second.username(),
								third.username())))
			.hasStatus(200)
			.bodyJson()
			.extractingPath("$.invited.length()")
			.isEqualTo(3);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(community.get(mvc, "/api/v1/me/notifications", third)).bodyJson()
				.extractingPath("$.items[?(@.kind == 'session')].detail")
				.asArray()
				.singleElement()
				.asString()
				.contains("/sessions/" + id + "/invite.ics"));

		// The calendar file parses and says when.
		MvcTestResult ics = mvc.get()
			.uri("/sessions/" + id + "/invite.ics")
			.with(authentication(Community.session(third)))
			.exchange();
		assertThat(ics).hasStatus(200);
		assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.getResponse().getContentAsString()));
		calendar.validate();
		VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
		Instant start = LocalDateTime.parse("2027-01-14T18:30").atZone(ZoneId.of("Europe/Berlin")).toInstant();
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start);
		assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(start.plus(Duration.ofMinutes(90)));
		assertThat(event.getSummary().getValue()).contains("Night time");
		assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example.com/night");

		// Two seats, then the waitlist, which moves up when a seat frees.
		String rsvp = session + "/rsvp";
		assertThat(community.postJson(mvc, rsvp, community.fan(), """
				{"answer": "accept"}""")).as("not invited").hasStatus(403);
		assertThat(community.postJson(mvc, rsvp, shipper, """
				{"answer": "maybe"}""")).hasStatus(400);
		for (SignedInMember member : List.of(shipper, second)) {
			assertThat(community.postJson(mvc, rsvp, member, """
					{"answer": "accept"}""")).bodyJson().extractingPath("$.state").isEqualTo("accepted");
		}
		assertThat(community.postJson(mvc, rsvp, third, """
				{"answer": "accept"}""")).bodyJson().extractingPath("$.state").isEqualTo("waitlisted");
		assertThat(community.postJson(mvc, rsvp, shipper, """
				{"answer": "decline"}""")).bodyJson().extractingPath("$.state").isEqualTo("declined");
		assertThat(community.get(mvc, session, third)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.attending")
				.asArray()
				.containsExactlyInAnyOrder(second.username(), third.username());
			assertThat(json).extractingPath("$.waitlist").asArray().isEmpty();
			assertThat(json).extractingPath("$.myState").isEqualTo("accepted");
			assertThat(json).extractingPath("$.session.place").isEqualTo("https://meet.example.com/night");
		});
		assertThat(mvc.get().uri("/sessions/" + id).with(authentication(Community.session(staff)))).hasStatus(200)
			.bodyText()
			.contains("Coming: 2 of 2", "Record the outcome");

		// The outcome moves the discussed post, its note pointing back; those who came
		// earn.
		assertThat(mvc.put()
			.uri(session + "/outcome")
			.headers(community.bearer(staff))
			.contentType("application/json")
			.content(
					"""
							{"note": "We agreed on a schedule.", "changes": [{"postId": %d, "status": "planned", "note": "Planned."}]}"""
						.formatted(shipped.id())))
			.hasStatus(400);
		assertThat(mvc.put()
			.uri(session + "/outcome")
			.headers(community.bearer(staff))
			.contentType("application/json")
			.content(
					"""
							{"note": "We agreed on a **schedule**.", "changes": [{"postId": %d, "status": "planned", "note": "Planned for spring."}]}"""
						.formatted(discussed.id())))
			.hasStatus(200)
			.bodyJson()
			.extractingPath("$.closedAt")
			.isNotNull();
		assertThat(community.get(mvc, "/api/v1/posts/" + discussed.id() + "/timeline", null)).bodyJson()
			.extractingPath("$[-1:].note")
			.asArray()
			.singleElement()
			.asString()
			.contains("Planned for spring.", "/sessions/" + id);
		assertThat(community.postJson(mvc, rsvp, third, """
				{"answer": "decline"}""")).hasStatus(409);
		assertThat(community.get(mvc, "/api/v1/members/" + third.username() + "/reputation", null)).bodyJson()
			.extractingPath("$.earned[*].reason")
			.asArray()
			.contains("session_attended");
		assertThat(community.get(mvc, "/api/v1/members/" + shipper.username() + "/reputation", null)).bodyJson()
			.extractingPath("$.earned[*].reason")
			.asArray()
			.doesNotContain("session_attended");
		assertThat(reputation.recompute(community.admin()).differences()).isEmpty();
		assertThat(mvc.get().uri("/products/" + product.slug() + "/sessions")).hasStatus(200)
			.bodyText()
			.contains("Night time");
	}

}
