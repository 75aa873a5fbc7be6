package dev.passwordless.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The one HTTP entry point: Cognito's AWS JSON 1.1 ({@code POST /} with
 * {@code X-Amz-Target}), SNS's query protocol ({@code POST /} with a form body), the SMS
 * outbox, the pool's description and its JWKS.
 */
final class HttpFront implements HttpHandler {

	static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

	private static final int MAX_BODY = 1024 * 1024;

	private final Pool pool;

	private final Map<String, Operation> operations;

	private final SnsPublish sns;

	private final PoolInfo info;

	HttpFront(Pool pool, Map<String, Operation> operations, SnsPublish sns, PoolInfo info) {
		this.pool = pool;
		this.operations = Map.copyOf(operations);
		this.sns = sns;
		this.info = info;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String method = exchange.getRequestMethod();
			if (method.equals("POST") && path.equals("/")) {
				post(exchange);
			}
			else if (path.equals("/_aws/sns/sms-messages") && method.equals("GET")) {
				send(exchange, 200, "application/json", outbox(query(exchange).get("phoneNumber")).toString());
			}
			else if (path.equals("/_aws/sns/sms-messages") && method.equals("DELETE")) {
				this.pool.outbox.clear();
				exchange.sendResponseHeaders(204, -1);
			}
			else if (path.equals("/_local/pool") && method.equals("GET")) {
				send(exchange, 200, "application/json", pool().toString());
			}
			else if (path.equals("/" + this.info.userPoolId() + "/.well-known/jwks.json") && method.equals("GET")) {
				send(exchange, 200, "application/json", this.pool.tokens.jwks());
			}
			else if (path.equals("/" + this.info.userPoolId() + "/.well-known/openid-configuration")
					&& method.equals("GET")) {
				send(exchange, 200, "application/json", openIdConfiguration().toString());
			}
			else {
				send(exchange, 404, "application/json", "{\"message\":\"Not found\"}");
			}
		}
	}

	private void post(HttpExchange exchange) throws IOException {
		byte[] body = readBody(exchange.getRequestBody());
		String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
		String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
		if (target == null && contentType.startsWith("application/x-www-form-urlencoded")) {
			if (body == null) {
				send(exchange, 400, "text/xml", "<ErrorResponse><Error><Code>InvalidParameter</Code>"
						+ "<Message>Request body is larger than 1 MiB</Message></Error></ErrorResponse>");
				return;
			}
			SnsPublish.Answer answer = this.sns.handle(new String(body, StandardCharsets.UTF_8));
			send(exchange, answer.status(), "text/xml", answer.xml());
			return;
		}
		ObjectNode response;
		try {
			response = dispatch(target, body);
		}
		catch (CognitoException ex) {
			sendError(exchange, 400, ex.type(), ex.getMessage());
			return;
		}
		catch (RuntimeException ex) {
			System.err.println("[local-cognito] internal error in " + target + ": " + ex);
			ex.printStackTrace();
			sendError(exchange, 500, "InternalErrorException",
					"Internal error in local-cognito: " + ex.getClass().getSimpleName());
			return;
		}
		send(exchange, 200, "application/x-amz-json-1.1", response.toString());
	}

	private ObjectNode dispatch(String target, byte[] body) {
		if (target == null || !target.startsWith(TARGET_PREFIX)) {
			throw new CognitoException("UnknownOperationException",
					"Missing or unknown X-Amz-Target; expected " + TARGET_PREFIX + "<Operation>");
		}
		String name = target.substring(TARGET_PREFIX.length());
		Operation operation = this.operations.get(name);
		if (operation == null) {
			throw new CognitoException("UnsupportedOperationException", "local-cognito does not support " + name
					+ "; supported: " + this.operations.keySet().stream().sorted().toList());
		}
		if (body == null) {
			throw CognitoException.invalidParameter("Request body is larger than 1 MiB.");
		}
		JsonNode json;
		try {
			json = this.pool.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new CognitoException("SerializationException", "The request body is not valid JSON.");
		}
		catch (IOException ex) {
			throw new CognitoException("SerializationException", "The request body could not be read.");
		}
		if (!(json instanceof ObjectNode object)) {
			throw new CognitoException("SerializationException", "The request body must be a JSON object.");
		}
		return operation.handle(new JsonRequest(object));
	}

	private ObjectNode outbox(String phoneNumber) {
		ObjectNode root = this.pool.object();
		ObjectNode byNumber = root.putObject("sms_messages");
		for (SmsOutbox.Sms sms : this.pool.outbox.messages(phoneNumber)) {
			ArrayNode list = byNumber.has(sms.phoneNumber()) ? (ArrayNode) byNumber.get(sms.phoneNumber())
					: byNumber.putArray(sms.phoneNumber());
			list.addObject()
				.put("PhoneNumber", sms.phoneNumber())
				.put("Message", sms.message())
				.put("MessageId", sms.messageId())
				.put("Timestamp", sms.timestamp().toEpochMilli());
		}
		return root;
	}

	private ObjectNode pool() {
		ObjectNode node = this.pool.object();
		node.put("endpoint", this.info.endpoint().toString());
		node.put("region", this.info.region());
		node.put("userPoolId", this.info.userPoolId());
		node.put("clientId", this.info.clientId());
		node.put("issuer", this.info.issuer());
		node.put("jwksUri", this.info.jwksUri().toString());
		return node;
	}

	private ObjectNode openIdConfiguration() {
		ObjectNode node = this.pool.object();
		node.put("issuer", this.info.issuer());
		node.put("jwks_uri", this.info.jwksUri().toString());
		node.putArray("id_token_signing_alg_values_supported").add("RS256");
		node.putArray("subject_types_supported").add("public");
		node.putArray("response_types_supported").add("code");
		return node;
	}

	private static void sendError(HttpExchange exchange, int status, String type, String message) throws IOException {
		exchange.getResponseHeaders().add("x-amzn-ErrorType", type + ":");
		String body = "{\"__type\":\"" + type + "\",\"message\":" + quote(message) + "}";
		send(exchange, status, "application/x-amz-json-1.1", body);
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	/** The body, or null when it is over 1 MiB (the rest is drained, not kept). */
	private static byte[] readBody(InputStream in) throws IOException {
		byte[] body = in.readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return null;
		}
		return body;
	}

	private static Map<String, String> query(HttpExchange exchange) {
		Map<String, String> query = new LinkedHashMap<>();
		String raw = exchange.getRequestURI().getRawQuery();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				String[] parts = pair.split("=", 2);
				try {
					query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
							(parts.length > 1) ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
				}
				catch (IllegalArgumentException ex) {
					// ignore malformed pairs
				}
			}
		}
		return query;
	}

}
