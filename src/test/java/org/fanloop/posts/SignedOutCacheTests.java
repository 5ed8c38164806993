package org.fanloop.posts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed-out cache on its own, with a stand-in for the application: requests that
 * arrive while the same answer is being rendered wait for it rather than render it again.
 */
class SignedOutCacheTests {

	private final Filter cache = new SignedOutCache()
		.signedOutCacheFilter(new SignedOutCacheSettings(Duration.ofSeconds(30), 100))
		.getFilter();

	@Test
	void requestsForAnAnswerBeingRenderedWaitForItInsteadOfRenderingTheirOwn() throws Exception {
		AtomicInteger renders = new AtomicInteger();
		CountDownLatch everyoneAsked = new CountDownLatch(1);
		FilterChain application = (request, response) -> {
			renders.incrementAndGet();
			try {
				everyoneAsked.await();
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("application/json");
			response.getOutputStream().write("{\"posts\":[]}".getBytes(StandardCharsets.UTF_8));
		};
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 16; i++) {
				answers.add(readers.submit(() -> {
					MockHttpServletResponse response = new MockHttpServletResponse();
					cache.doFilter(board(), response, application);
					return response;
				}));
			}
			Thread.sleep(300);
			everyoneAsked.countDown();
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get().getStatus()).isEqualTo(200);
				assertThat(answer.get().getContentAsString()).isEqualTo("{\"posts\":[]}");
			}
		}
		assertThat(renders).hasValue(1);
	}

	@Test
	void whenTheRenderingFailsTheWaitingRequestsRenderTheirOwn() throws Exception {
		AtomicInteger renders = new AtomicInteger();
		CountDownLatch everyoneAsked = new CountDownLatch(1);
		FilterChain application = (request, response) -> {
			if (renders.incrementAndGet() == 1) {
				try {
					everyoneAsked.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				((jakarta.servlet.http.HttpServletResponse) response).setStatus(503);
				return;
			}
			response.setContentType("application/json");
			response.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
		};
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 4; i++) {
				answers.add(readers.submit(() -> {
					MockHttpServletResponse response = new MockHttpServletResponse();
					cache.doFilter(board(), response, application);
					return response;
				}));
			}
			Thread.sleep(300);
			everyoneAsked.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				statuses.add(answer.get().getStatus());
			}
			assertThat(statuses).containsExactlyInAnyOrder(503, 200, 200, 200);
		}
		assertThat(renders).hasValue(4);
	}

	private static MockHttpServletRequest board() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/products/nova/posts");
		request.setQueryString("sort=top");
		request.addHeader("Accept", "application/json");
		return request;
	}

}
