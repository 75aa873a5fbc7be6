package dev.passwordless.local.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The members of one AWS JSON 1.1 request, read with the checks Cognito's model applies:
 * required members, types and lengths fail with an {@code InvalidParameterException}
 * (wrong JSON types with a {@code SerializationException}), in the "1 validation error
 * detected" form AWS uses.
 */
public final class JsonRequest {

	/** The longest key or value of a string map member. */
	public static final int MAP_STRING_LENGTH = 131_072;

	private final ObjectNode body;

	private final String authorization;

	/** A request without an {@code Authorization} header (or a member of one). */
	public JsonRequest(ObjectNode body) {
		this(body, null);
	}

	/**
	 * @param body the request's JSON object
	 * @param authorization its {@code Authorization} header; null when it has none
	 */
	public JsonRequest(ObjectNode body, String authorization) {
		this.body = body;
		this.authorization = authorization;
	}

	/** The request's {@code Authorization} header; null when it has none. */
	public String authorization() {
		return this.authorization;
	}

	public String required(String member, int maxLength) {
		String value = optional(member, maxLength);
		if (value == null) {
			throw CognitoException.invalidParameter("1 validation error detected: Value null at '" + camel(member)
					+ "' failed to satisfy constraint: Member must not be null");
		}
		return value;
	}

	public String optional(String member, int maxLength) {
		JsonNode node = this.body.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isTextual()) {
			throw serialization(member, "a string");
		}
		String value = node.textValue();
		if (value.length() > maxLength) {
			throw CognitoException.invalidParameter("1 validation error detected: Value at '" + camel(member)
					+ "' failed to satisfy constraint: Member must have length less than or equal to " + maxLength);
		}
		return value;
	}

	public Integer optionalInt(String member) {
		JsonNode node = this.body.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isInt()) {
			throw serialization(member, "an integer");
		}
		return node.intValue();
	}

	/** A boolean member; absent means {@code absent}. */
	public boolean optionalBoolean(String member, boolean absent) {
		JsonNode node = this.body.get(member);
		if (node == null || node.isNull()) {
			return absent;
		}
		if (!node.isBoolean()) {
			throw serialization(member, "a boolean");
		}
		return node.booleanValue();
	}

	/**
	 * A string-to-string map member; absent means empty. Keys and values are strings of
	 * at most {@value #MAP_STRING_LENGTH} characters (the model's {@code StringType},
	 * e.g. {@code ClientMetadata}: docs/cognito-custom-auth.md 12.1).
	 */
	public Map<String, String> map(String member) {
		JsonNode node = this.body.get(member);
		Map<String, String> map = new LinkedHashMap<>();
		if (node == null || node.isNull()) {
			return map;
		}
		if (!node.isObject()) {
			throw serialization(member, "a map");
		}
		node.properties().forEach((entry) -> {
			if (!entry.getValue().isTextual()) {
				throw serialization(member + "." + entry.getKey(), "a string");
			}
			if (entry.getKey().length() > MAP_STRING_LENGTH) {
				// inferred wording, as for a value
				throw CognitoException.invalidParameter("Key of " + member + " is too long");
			}
			if (entry.getValue().textValue().length() > MAP_STRING_LENGTH) {
				throw CognitoException.invalidParameter("Value of " + member + "." + entry.getKey() + " is too long");
			}
			map.put(entry.getKey(), entry.getValue().textValue());
		});
		return map;
	}

	/** An attribute list member ({@code [{"Name":…,"Value":…}]}); absent means empty. */
	public Map<String, String> attributes(String member) {
		JsonNode node = this.body.get(member);
		Map<String, String> attributes = new LinkedHashMap<>();
		if (node == null || node.isNull()) {
			return attributes;
		}
		if (!node.isArray()) {
			throw serialization(member, "a list");
		}
		for (JsonNode item : node) {
			if (!item.isObject()) {
				throw serialization(member, "a list of attributes");
			}
			JsonRequest attribute = new JsonRequest((ObjectNode) item);
			attributes.put(attribute.required("Name", 32), attribute.optional("Value", 2048));
		}
		return attributes;
	}

	/**
	 * A required document member (any JSON value, e.g. CompleteWebAuthnRegistration's
	 * {@code Credential}).
	 */
	public JsonNode document(String member) {
		JsonNode node = this.body.get(member);
		if (node == null || node.isNull()) {
			throw CognitoException.invalidParameter("1 validation error detected: Value null at '" + camel(member)
					+ "' failed to satisfy constraint: Member must not be null");
		}
		return node;
	}

	public List<String> strings(String member) {
		JsonNode node = this.body.get(member);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw serialization(member, "a list");
		}
		return StreamSupport.stream(node.spliterator(), false).map((item) -> {
			if (!item.isTextual()) {
				throw serialization(member, "a list of strings");
			}
			return item.textValue();
		}).toList();
	}

	private static CognitoException serialization(String member, String expected) {
		return new CognitoException("SerializationException", "Member " + member + " must be " + expected);
	}

	private static String camel(String member) {
		return Character.toLowerCase(member.charAt(0)) + member.substring(1);
	}

}
