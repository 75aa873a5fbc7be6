package dev.passwordless.webapp.bench.load.vaadin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app turned the page away because it is busy (HTTP 503 with {@code Retry-After}):
 * its message asks the person to try again after a wait.
 */
public final class TurnedAway extends RuntimeException {

	private static final Pattern MESSAGE = Pattern.compile("<p id=\"message\"[^>]*>([^<]*)</p>");

	private final Duration retryAfter;

	TurnedAway(HttpResponse<String> page) {
		super(message(page));
		this.retryAfter = Duration.ofSeconds(page.headers().firstValueAsLong("Retry-After").orElse(10));
	}

	/** The wait the page names ({@code Retry-After}). */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	private static String message(HttpResponse<String> page) {
		Matcher message = MESSAGE.matcher(page.body());
		return message.find() ? message.group(1) : "answered 503 without a message";
	}

}
