package org.fanloop.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fanloop.ChildFanloop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The index catches up after a crash between a change's commit and its indexing: staff
 * answer many posts at once, Fanloop (a child JVM on its embedded H2 file) is killed the
 * moment the last answer is acknowledged, and after the restart every answer's words find
 * their post. The index's folder deleted while Fanloop is down is built again at start.
 */
class SearchCrashIntegrationTests {

	private static final int POSTS = 24;

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	@TempDir
	Path data;

	private ChildFanloop fanloop;

	@AfterEach
	void stop() {
		if (fanloop != null) {
			fanloop.close();
		}
	}

	@Test
	void theIndexCatchesUpAfterAKillAndIsBuiltAgainWhenDeleted() throws Exception {
		fanloop = ChildFanloop.start(data, "search-crash");
		ChildFanloop.Api api = fanloop.api();
		String admin = api.adminOfNova();
		String author = api.signUp("author");
		List<Long> posts = new ArrayList<>();
		for (int i = 0; i < POSTS; i++) {
			posts.add(api.id(api.call("POST", "/api/v1/products/nova/posts", author, """
					{"kind": "bug", "title": "Crash number %d after waking"}""".formatted(i))));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> found(api, "waking").size() == POSTS);

		// A round answers every post at once and is killed right after the last answer;
		// rounds go on until one has caught indexing in flight (the first, nearly
		// always).
		long openAtACrash = 0;
		for (int round = 1; round <= 4 && openAtACrash == 0; round++) {
			String word = "quokka" + "abcd".charAt(round - 1) + "marker";
			try (ExecutorService staff = Executors.newFixedThreadPool(POSTS)) {
				List<Future<String>> answers = new ArrayList<>();
				for (long post : posts) {
					answers.add(staff.submit(() -> api.call("POST", "/api/v1/posts/" + post + "/comments", admin, """
							{"body": "Fixed by the %s build."}""".formatted(word))));
				}
				for (Future<String> answer : answers) {
					answer.get();
				}
			}
			fanloop.kill();
			try (Connection db = fanloop.database()) {
				openAtACrash = ChildFanloop.count(db, "select count(*) from event_publication"
						+ " where completion_date is null and listener_id like 'org.fanloop.search.%'");
			}
			System.out.println("Round " + round + ": search events not done at the kill: " + openAtACrash);
			fanloop.restart("search-crash-" + (round + 1));
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(found(api, word)).as("posts found by their answer's word")
					.containsExactlyInAnyOrderElementsOf(posts));
		}
		assertThat(openAtACrash).as("a kill caught indexing in flight").isPositive();

		fanloop.stop();
		try (Stream<Path> files = Files.walk(data.resolve("search"))) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		assertThat(data.resolve("search")).doesNotExist();
		fanloop.restart("search-crash-rebuilt");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(found(api, "waking")).containsExactlyInAnyOrderElementsOf(posts);
			assertThat(found(api, "quokkaamarker")).containsExactlyInAnyOrderElementsOf(posts);
		});
	}

	private static List<Long> found(ChildFanloop.Api api, String words) throws Exception {
		String body = api.call("GET", "/api/v1/search?product=nova&limit=100&q=" + words, null, "");
		List<Long> ids = new ArrayList<>();
		Matcher matcher = ID.matcher(body);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

}
