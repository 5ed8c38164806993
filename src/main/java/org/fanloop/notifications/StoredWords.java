package org.fanloop.notifications;

import java.util.ArrayList;
import java.util.List;

import org.fanloop.web.Words;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A notification's sentence as the database keeps it: its {@link Words} as JSON
 * ({@code {"code": …, "arguments": ["text", {nested words}]}}), so an inbox words it in
 * the reader's language and an email in the recipient's, whichever language the event
 * happened in (listeners run off the request, where there is no reader).
 */
final class StoredWords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StoredWords() {
	}

	static String json(Words words) {
		return node(words).toString();
	}

	/**
	 * The words stored as {@link #json}; for a row written before words were stored, its
	 * English text as it was; null for neither.
	 */
	static @Nullable Words parse(@Nullable String json, @Nullable String text) {
		return (json != null) ? words(JSON.readTree(json))
				: (text != null) ? Words.message("notification.text", text) : null;
	}

	private static ObjectNode node(Words words) {
		ObjectNode node = JSON.createObjectNode().put("code", words.code());
		ArrayNode list = node.putArray("arguments");
		for (Object argument : words.arguments()) {
			if (argument instanceof Words nested) {
				list.add(node(nested));
			}
			else {
				list.add((String) argument);
			}
		}
		return node;
	}

	private static Words words(JsonNode node) {
		List<Object> arguments = new ArrayList<>();
		for (JsonNode argument : node.get("arguments")) {
			arguments.add(argument.isObject() ? words(argument) : argument.asString());
		}
		return new Words(node.get("code").asString(), arguments);
	}

}
