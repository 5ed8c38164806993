package org.fanloop.cluster;

import org.springframework.amqp.core.AnonymousQueue;
import org.springframework.amqp.core.Base64UrlNamingStrategy;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One durable fanout exchange that every node binds its own queue to. A node's queue is
 * named by the node, exclusive and deleted with its connection: broadcasts are for the
 * nodes running now, and a node that starts reads everything fresh from the database.
 * Spring Boot's {@code RabbitAdmin} declares all three on every new connection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("fanloop.cluster.rabbitmq")
class BroadcastQueues {

	@Bean
	FanoutExchange broadcastExchange() {
		return new FanoutExchange(BroadcastRelay.EXCHANGE, true, false);
	}

	@Bean
	Queue nodeBroadcastQueue() {
		return new AnonymousQueue(new Base64UrlNamingStrategy("fanloop.node."));
	}

	@Bean
	Binding nodeBroadcastBinding(Queue nodeBroadcastQueue, FanoutExchange broadcastExchange) {
		return BindingBuilder.bind(nodeBroadcastQueue).to(broadcastExchange);
	}

	@Bean
	SimpleMessageListenerContainer broadcastListener(ConnectionFactory connections, Queue nodeBroadcastQueue,
			BroadcastRelay relay) {
		SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
		container.setQueues(nodeBroadcastQueue);
		container.setMessageListener(relay::arrived);
		// A message that cannot be handled is dropped, not redelivered forever.
		container.setDefaultRequeueRejected(false);
		return container;
	}

}
