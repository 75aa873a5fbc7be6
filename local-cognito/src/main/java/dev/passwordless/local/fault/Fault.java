package dev.passwordless.local.fault;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fault the stand-in plays for a while: a service of the pool answers slowly, throttles
 * or fails, for the next {@code count} requests it gets.
 *
 * @param target the service that plays it
 * @param kind what it does
 * @param delay how long a slow answer waits before the request is carried out; zero for
 * the other kinds
 * @param count how many requests it applies to, 1 to {@value #MAX_COUNT}
 */
public record Fault(Target target, Kind kind, Duration delay, int count) {

	/** The most requests one fault applies to. */
	public static final int MAX_COUNT = 1000;

	/** The longest slow answer. */
	public static final Duration MAX_DELAY = Duration.ofMinutes(1);

	public Fault {
		if (count < 1 || count > MAX_COUNT) {
			throw new IllegalArgumentException("count must be 1-" + MAX_COUNT + ", was " + count);
		}
		if (kind == Kind.SLOW && (delay.isNegative() || delay.isZero() || delay.compareTo(MAX_DELAY) > 0)) {
			throw new IllegalArgumentException("millis must be 1-" + MAX_DELAY.toMillis() + " for a slow answer");
		}
		if (kind != Kind.SLOW && !delay.isZero()) {
			throw new IllegalArgumentException("millis is only for kind slow");
		}
	}

	/** Which of the pool's services plays a fault. */
	public enum Target {

		/**
		 * The SNS endpoint, the SMS outbox's way in: the triggers' SNS client meets the
		 * fault as it would meet SNS.
		 */
		SNS,

		/**
		 * The Cognito operations ({@code X-Amz-Target} requests), the triggers' own calls
		 * included.
		 */
		COGNITO

	}

	/** What a fault does to a request. */
	public enum Kind {

		/** Waits, then carries the request out and answers as usual. */
		SLOW,

		/**
		 * Answers the service's throttling error (HTTP 400): nothing is carried out; the
		 * SDKs retry it.
		 */
		THROTTLE,

		/**
		 * Answers the service's internal error (HTTP 500): nothing is carried out; the
		 * SDKs retry it.
		 */
		FAIL

	}

	/**
	 * Reads {@code {"target":"sns","kind":"slow","millis":6000,"count":1}} ({@code count}
	 * defaults to 1; {@code millis} only for {@code slow}).
	 * @throws IllegalArgumentException saying what is wrong
	 */
	public static Fault fromJson(JsonNode json) {
		if (json == null || !json.isObject()) {
			throw new IllegalArgumentException("the body must be a JSON object");
		}
		Target target = named(Target.class, json.path("target"), "target");
		Kind kind = named(Kind.class, json.path("kind"), "kind");
		Duration delay = Duration.ofMillis(number(json.path("millis"), "millis", 0));
		int count = (int) number(json.path("count"), "count", 1);
		return new Fault(target, kind, delay, count);
	}

	private static <E extends Enum<E>> E named(Class<E> type, JsonNode node, String member) {
		String names = String.join("|",
				Arrays.stream(type.getEnumConstants()).map((e) -> e.name().toLowerCase(Locale.ROOT)).toList());
		if (!node.isTextual()) {
			throw new IllegalArgumentException(member + " must be one of " + names);
		}
		try {
			return Enum.valueOf(type, node.asText().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(member + " must be one of " + names + ", was " + node.asText());
		}
	}

	private static long number(JsonNode node, String member, long absent) {
		if (node.isMissingNode() || node.isNull()) {
			return absent;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			throw new IllegalArgumentException(member + " must be a whole number");
		}
		return node.asLong();
	}

}
