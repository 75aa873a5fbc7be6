package dev.passwordless.testing.sms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS a local Cognito sent, read the way a test's phone reads them: its outbox over
 * HTTP ({@code GET <endpoint>/_aws/sns/sms-messages?phoneNumber=...}, LocalStack's path
 * and shape), which the stand-in serves whether it runs on its own
 * ({@code java -jar local-cognito.jar}) or embedded in the app ({@code LocalCognito}'s
 * {@code pool().endpoint()}).
 */
public final class Outbox {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The code: the first group of six or more digits of the text. */
	private static final Pattern CODE = Pattern.compile("\\b(\\d{6,10})\\b");

	private final String endpoint;

	private Outbox(String endpoint) {
		this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
	}

	/**
	 * @param endpoint the local Cognito's endpoint, e.g. {@code http://127.0.0.1:9229}
	 */
	public static Outbox at(String endpoint) {
		return new Outbox(endpoint);
	}

	/**
	 * @param endpoint the local Cognito's endpoint, e.g. {@code http://127.0.0.1:9229}
	 */
	public static Outbox at(URI endpoint) {
		return new Outbox(endpoint.toString());
	}

	/** The texts of every SMS sent to a number, oldest first. */
	public List<String> messagesTo(String phone) {
		String uri = this.endpoint + "/_aws/sns/sms-messages?phoneNumber="
				+ URLEncoder.encode(phone, StandardCharsets.UTF_8);
		JsonNode outbox = JSON.readTree(get(uri));
		List<String> texts = new ArrayList<>();
		outbox.path("sms_messages").path(phone).forEach((sms) -> texts.add(sms.get("Message").asString()));
		return texts;
	}

	/** The text of the latest SMS to a number; fails when it got none. */
	public String latestTo(String phone) {
		List<String> texts = messagesTo(phone);
		if (texts.isEmpty()) {
			throw new AssertionError("no SMS to " + phone + " in the outbox at " + this.endpoint);
		}
		return texts.get(texts.size() - 1);
	}

	/** The code in the latest SMS to a number; fails when there is none. */
	public String latestCode(String phone) {
		String text = latestTo(phone);
		Matcher code = CODE.matcher(text);
		if (!code.find()) {
			throw new AssertionError("no code in the latest SMS to " + phone + ": " + text);
		}
		return code.group(1);
	}

	private static String get(String uri) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no answer from " + uri, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
