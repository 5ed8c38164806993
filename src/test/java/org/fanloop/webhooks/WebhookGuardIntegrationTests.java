package org.fanloop.webhooks;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Webhooks never reach addresses inside the network: refused at registration (API and
 * admin page) and again at delivery, where the log says why without internal details. The
 * tests allow 127.0.0.1 for their own receivers, as an operator would an on-premises one.
 */
@FanloopIntegrationTest
class WebhookGuardIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	WebhookService webhooks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void internalAddressesAreRefusedAtRegistration() {
		for (String url : new String[] { "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
				"http://127.1/", "http://0177.0.0.1/", "http://[::1]:22/", "http://metadata.google.internal/" }) {
			assertThat(community.postJson(mvc, "/api/v1/webhooks", community.admin(), """
					{"url": "%s"}""".formatted(url))).as(url)
				.hasStatus(400)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("url");
		}
		assertThat(webhooks.all(community.admin())).noneMatch(hook -> hook.url().contains("169.254"));

		assertThat(mvc.post()
			.uri("/admin/webhooks")
			.param("url", "http://10.0.0.1/hook")
			.with(authentication(Community.session(community.admin())))
			.with(csrf())).hasStatusOk().bodyText().contains("not on the public internet");
	}

	@Test
	void aTargetThatTurnsInternalLaterIsRefusedAtDelivery() throws Exception {
		AtomicInteger hits = new AtomicInteger();
		HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		receiver.createContext("/hook", exchange -> {
			hits.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		try {
			int port = receiver.getAddress().getPort();
			WebhookCreated hook = webhooks.register(new NewWebhook("http://127.0.0.1:" + port + "/hook", null),
					community.admin());
			// What a name that now resolves to another loopback address amounts to.
			jdbc.sql("update webhooks set url = ? where id = ?")
				.params("http://127.0.0.2:" + port + "/hook", hook.webhook().id())
				.update();
			community.post(community.product(), community.fan());
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(webhooks.deliveries(hook.webhook().id(), community.admin()))
					.anySatisfy(delivery -> {
						assertThat(delivery.attempts()).isEqualTo(1);
						assertThat(delivery.lastError()).startsWith("Refused: the URL points at an address")
							.doesNotContain("127.0.0.2");
					}));
			assertThat(hits).hasValue(0);
		}
		finally {
			receiver.stop(0);
		}
	}

}
