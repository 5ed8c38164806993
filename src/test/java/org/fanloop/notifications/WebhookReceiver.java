package org.fanloop.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP endpoint in the test JVM that records what Fanloop posts to it, answering
 * with the status the test sets.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger status = new AtomicInteger(204);

	WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			try (InputStream body = exchange.getRequestBody()) {
				received.add(new Received(exchange.getRequestHeaders().getFirst("X-Fanloop-Event"),
						exchange.getRequestHeaders().getFirst("X-Fanloop-Signature"),
						exchange.getRequestHeaders().getFirst("X-Fanloop-Delivery"),
						new String(body.readAllBytes(), StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(status.get(), -1);
			exchange.close();
		});
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	List<Received> received() {
		return received;
	}

	void answer(int status) {
		this.status.set(status);
	}

	@Override
	public void close() {
		server.stop(0);
	}

	record Received(String event, String signature, String delivery, String body) {

		/** Recomputes the signature the way a receiver would and compares it. */
		boolean signedWith(String secret) {
			String[] parts = signature.split(",");
			long timestamp = Long.parseLong(parts[0].substring("t=".length()));
			return parts[1].equals("v1=" + org.fanloop.webhooks.WebhookSignature.sign(secret, timestamp, body));
		}

	}

}
