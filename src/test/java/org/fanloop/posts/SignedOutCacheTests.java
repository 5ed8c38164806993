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
		for (MockHttpServletResponse answer : askTogether(16, application, everyoneAsked)) {
			assertThat(answer.getStatus()).isEqualTo(200);
			assertThat(answer.getContentAsString()).isEqualTo("{\"posts\":[]}");
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
		assertThat(askTogether(4, application, everyoneAsked)).extracting(MockHttpServletResponse::getStatus)
			.containsExactlyInAnyOrder(503, 200, 200, 200);
		// None of them got the failure. Those that were waiting render again, each its
		// own or, one arriving late on a busy machine, sharing another's (CI once
		// counted 2).
		assertThat(renders.get()).isBetween(2, 4);
	}

	/**
	 * {@code readers} requests for the same board at once; the application holds the
	 * first until they have all arrived (300 ms), then {@code release} lets it answer.
	 */
	private List<MockHttpServletResponse> askTogether(int readers, FilterChain application, CountDownLatch release)
			throws Exception {
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < readers; i++) {
				answers.add(clients.submit(() -> {
					MockHttpServletResponse response = new MockHttpServletResponse();
					cache.doFilter(board(), response, application);
					return response;
				}));
			}
			Thread.sleep(300);
			release.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				responses.add(answer.get());
			}
			return responses;
		}
	}

	private static MockHttpServletRequest board() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/products/nova/posts");
		request.setQueryString("sort=top");
		request.addHeader("Accept", "application/json");
		return request;
	}

}
