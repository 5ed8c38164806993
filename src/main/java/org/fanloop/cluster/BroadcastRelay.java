package org.fanloop.cluster;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.AsyncConsumerStartedEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends every {@link Broadcast} published on this node to the others through a RabbitMQ
 * fanout exchange, once its transaction commits, and publishes what the others send as
 * the same event here. Each node reads its own queue, which lives as long as its
 * connection: a node that was cut off lost what was said meanwhile, so when its consumer
 * starts again it forgets every cached entry ({@link NodeCaches#forgetAll}).
 *
 * <p>
 * Delivery is at most once: a node that dies between its commit and the send leaves the
 * others with their entries until those expire (each cache says when). The events carried
 * are "forget this", so a lost one costs staleness, never data.
 */
@Component
@ConditionalOnBooleanProperty("fanloop.cluster.rabbitmq")
class BroadcastRelay {

	static final String EXCHANGE = "fanloop.broadcasts";

	private static final String TYPE = "fanloop-type";

	private static final String NODE = "fanloop-node";

	private static final Logger log = LoggerFactory.getLogger(BroadcastRelay.class);

	/** Set while an event from another node is published here, so it is not sent back. */
	private static final ThreadLocal<Boolean> ARRIVING = new ThreadLocal<>();

	private final String node = UUID.randomUUID().toString();

	private final RabbitTemplate rabbit;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final NodeCaches caches;

	BroadcastRelay(RabbitTemplate rabbit, JsonMapper json, ApplicationEventPublisher events, NodeCaches caches) {
		this.rabbit = rabbit;
		this.json = json;
		this.events = events;
		this.caches = caches;
	}

	@EventListener
	void send(Broadcast event) {
		if (ARRIVING.get() != null) {
			return;
		}
		Message message = MessageBuilder.withBody(json.writeValueAsBytes(event))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setHeader(TYPE, event.getClass().getName())
			.setHeader(NODE, node)
			.build();
		AfterCommit.run(() -> {
			try {
				rabbit.send(EXCHANGE, "", message);
			}
			catch (AmqpException ex) {
				log.warn("Could not tell the other nodes about {}: {}", event, ex.getMessage());
			}
		});
	}

	void arrived(Message message) {
		MessageProperties properties = message.getMessageProperties();
		if (node.equals(properties.getHeader(NODE))) {
			return;
		}
		Object event = read(properties.getHeader(TYPE), message.getBody());
		if (event == null) {
			return;
		}
		ARRIVING.set(Boolean.TRUE);
		try {
			events.publishEvent(event);
		}
		finally {
			ARRIVING.remove();
		}
	}

	@EventListener
	void consuming(AsyncConsumerStartedEvent started) {
		caches.forgetAll();
	}

	private Object read(Object type, byte[] body) {
		try {
			Class<?> kind = Class.forName(String.valueOf(type), false, getClass().getClassLoader());
			if (!Broadcast.class.isAssignableFrom(kind) || !kind.isRecord()) {
				log.warn("Ignored a broadcast of {}: not a Broadcast record", type);
				return null;
			}
			return json.readValue(body, kind);
		}
		catch (ClassNotFoundException | JacksonException ex) {
			log.warn("Ignored a broadcast of {}: {}", type, ex.getMessage());
			return null;
		}
	}

}
