package org.fanloop.notifications;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;

/**
 * A sentence kept as its message key and arguments instead of as text, so an inbox shows
 * it in the reader's language and an email in the recipient's, whichever language the
 * event happened in (listeners run off the request, where there is no reader). An
 * argument is text as written (a post's title stays in the language it was written in) or
 * a wording itself (the name of a status). Stored as JSON beside the English text.
 */
record Wording(String key, List<Object> arguments) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Wording {
		arguments = List.copyOf(arguments);
	}

	/** Arguments are wordings or anything else, kept as its text. */
	static Wording of(String key, Object... arguments) {
		return new Wording(key,
				Arrays.stream(arguments)
					.map(argument -> (argument instanceof Wording) ? argument : String.valueOf(argument))
					.toList());
	}

	String in(MessageSource messages, Locale locale) {
		Object[] texts = arguments.stream()
			.map(argument -> (argument instanceof Wording wording) ? wording.in(messages, locale) : argument)
			.toArray();
		return messages.getMessage(key, texts, locale);
	}

	String json() {
		return node().toString();
	}

	private ObjectNode node() {
		ObjectNode node = JSON.createObjectNode().put("key", key);
		ArrayNode list = node.putArray("arguments");
		for (Object argument : arguments) {
			if (argument instanceof Wording wording) {
				list.add(wording.node());
			}
			else {
				list.add((String) argument);
			}
		}
		return node;
	}

	/**
	 * The wording stored as {@link #json()}; null for null (rows written before
	 * wordings).
	 */
	static @Nullable Wording parse(@Nullable String json) {
		return (json != null) ? of(JSON.readTree(json)) : null;
	}

	private static Wording of(JsonNode node) {
		List<Object> arguments = new ArrayList<>();
		for (JsonNode argument : node.get("arguments")) {
			arguments.add(argument.isObject() ? of(argument) : argument.asString());
		}
		return new Wording(node.get("key").asString(), arguments);
	}

}
