package dev.passwordless.topology;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Plain requests from the test to its servers (HTTP/1.1, no redirects followed).
 */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private Http() {
	}

	/** The answer, or empty when none came (nothing listening, a timeout). */
	static Optional<HttpResponse<String>> get(String uri, Duration timeout) {
		try {
			return Optional.of(CLIENT.send(HttpRequest.newBuilder(URI.create(uri)).timeout(timeout).build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** The body of a 200 answer; anything else fails. */
	static String body(String uri) {
		HttpResponse<String> response = get(uri, Duration.ofSeconds(10))
			.orElseThrow(() -> new IllegalStateException("no answer from " + uri));
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	/** Sends a request and waits for its answer; none fails. */
	static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("no answer from " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
