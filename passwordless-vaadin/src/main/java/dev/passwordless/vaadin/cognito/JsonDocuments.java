package dev.passwordless.vaadin.cognito;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebAuthn options and credentials Cognito's passkey operations take and give as JSON
 * documents ({@link Document}), to and from the JSON text the browser's
 * {@code PublicKeyCredential} methods read and write.
 */
final class JsonDocuments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonDocuments() {
	}

	/**
	 * A document from JSON text.
	 * @throws IllegalArgumentException when the text is not JSON
	 */
	static Document parse(String json) {
		return document(read(json));
	}

	/** A document as JSON text. */
	static String json(Document document) {
		return JSON.writeValueAsString(plain(document));
	}

	/** A value of JSON text (a map, a list, a string…) as JSON text again. */
	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** JSON text as maps, lists and plain values. */
	static Object read(String json) {
		try {
			return JSON.readValue(json, Object.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not JSON", ex);
		}
	}

	/**
	 * A claim of a JWT's payload, read without checking the signature (the caller
	 * verifies the token before anything depends on it).
	 */
	static Optional<String> claim(String jwt, String name) {
		try {
			String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
			return (read(payload) instanceof Map<?, ?> claims && claims.get(name) instanceof String value)
					? Optional.of(value) : Optional.empty();
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	private static Document document(Object value) {
		return switch (value) {
			case null -> Document.fromNull();
			case Map<?, ?> map -> {
				Map<String, Document> members = new LinkedHashMap<>();
				map.forEach((key, member) -> members.put(String.valueOf(key), document(member)));
				yield Document.fromMap(members);
			}
			case List<?> list -> Document.fromList(list.stream().map(JsonDocuments::document).toList());
			case Boolean bool -> Document.fromBoolean(bool);
			case Number number -> Document.fromNumber(SdkNumber.fromString(number.toString()));
			default -> Document.fromString(value.toString());
		};
	}

	private static Object plain(Document document) {
		if (document == null || document.isNull()) {
			return null;
		}
		if (document.isMap()) {
			Map<String, Object> map = new LinkedHashMap<>();
			document.asMap().forEach((key, member) -> map.put(key, plain(member)));
			return map;
		}
		if (document.isList()) {
			List<Object> list = new ArrayList<>();
			document.asList().forEach((member) -> list.add(plain(member)));
			return list;
		}
		if (document.isBoolean()) {
			return document.asBoolean();
		}
		if (document.isNumber()) {
			return document.asNumber().bigDecimalValue();
		}
		return document.asString();
	}

}
