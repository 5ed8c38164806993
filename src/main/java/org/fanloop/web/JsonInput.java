package org.fanloop.web;

import java.util.Locale;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON bodies are read strictly: a value of the wrong JSON type is refused (400 naming
 * the field) instead of being coerced, so {@code {"body":12345}} is not a body of
 * "12345", {@code {"testerCap":1.9}} is not a cap of 1 and {@code {"open":1}} is not
 * {@code true}; and no string may carry a NUL character, which PostgreSQL cannot store.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Integer,
					config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.addModule(new SimpleModule("fanloop-strict-text").addDeserializer(String.class, new StrictText()));
	}

	/** A JSON string, and only a JSON string, without NUL characters. */
	static final class StrictText extends StdScalarDeserializer<String> {

		StrictText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getString();
			if (text.indexOf('\0') >= 0) {
				return (String) context.handleWeirdStringValue(String.class, text, InvalidText.NUL.in(Locale.ENGLISH));
			}
			return text;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

	}

}
