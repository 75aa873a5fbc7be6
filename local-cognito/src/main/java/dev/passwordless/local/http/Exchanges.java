package dev.passwordless.local.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;

/** Reading requests and writing answers on the JDK's HTTP server. */
final class Exchanges {

	static final int MAX_BODY = 1024 * 1024;

	private Exchanges() {
	}

	static void send(HttpExchange exchange, Response response) throws IOException {
		send(exchange, response.status(), response.contentType(),
				(response.body() != null) ? response.body().getBytes(StandardCharsets.UTF_8) : null);
	}

	/** An answer whose body is already UTF-8; null for none. */
	static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
		if (body == null) {
			exchange.sendResponseHeaders(status, -1);
			return;
		}
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	/**
	 * A Cognito error: {@code {"__type": …, "message": …}} and {@code x-amzn-ErrorType}.
	 */
	static void sendError(HttpExchange exchange, int status, String type, String message) throws IOException {
		exchange.getResponseHeaders().add("x-amzn-ErrorType", type + ":");
		String body = "{\"__type\":\"" + type + "\",\"message\":" + quote(message) + "}";
		send(exchange, new Response(status, "application/x-amz-json-1.1", body));
	}

	/** The body, or null when it is over 1 MiB (the rest is drained, not kept). */
	static byte[] readBody(InputStream in) throws IOException {
		byte[] body = in.readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			in.transferTo(OutputStream.nullOutputStream());
			return null;
		}
		return body;
	}

	static Map<String, String> query(HttpExchange exchange) {
		return form(exchange.getRequestURI().getRawQuery());
	}

	/**
	 * Decodes {@code a=1&b=2} (a query string or a form body); malformed pairs are left
	 * out, so the checks that follow report what is missing.
	 */
	static Map<String, String> form(String raw) {
		Map<String, String> form = new LinkedHashMap<>();
		if (raw == null) {
			return form;
		}
		for (String pair : raw.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			String[] parts = pair.split("=", 2);
			try {
				form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
						(parts.length > 1) ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
			}
			catch (IllegalArgumentException ex) {
				// a malformed escape: leave the pair out
			}
		}
		return form;
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

}
