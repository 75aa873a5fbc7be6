package dev.passwordless.webapp.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.passwordless.webapp.cognito.SignInProblem;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * Per-IP and per-phone limits on sending and checking codes inside the app (Bucket4j
 * token buckets). The Create trigger enforces its own per-number limits where the SMS is
 * sent; these stop abuse earlier and answer with when to retry. Phone numbers are keyed
 * by a hash, never stored as such.
 */
@Component
class SignInRateLimits {

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/** Codes sent per phone number: 1 per 30 s, 5 per hour. */
	void sendTo(String phoneNumber) {
		consume("send-phone:" + hash(phoneNumber),
				() -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(1).refillIntervally(1, Duration.ofSeconds(30)).build())
					.addLimit(Bandwidth.builder().capacity(5).refillGreedy(5, Duration.ofHours(1)).build())
					.build());
	}

	/** Codes sent per client address: 20 per hour. */
	void sendFrom(String address) {
		consume("send-ip:" + address,
				() -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofHours(1)).build())
					.build());
	}

	/** Codes checked per phone number and per address: 10 and 30 per 10 minutes. */
	void check(String phoneNumber, String address) {
		consume("check-phone:" + hash(phoneNumber),
				() -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(10).refillGreedy(10, Duration.ofMinutes(10)).build())
					.build());
		consume("check-ip:" + address,
				() -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(30).refillGreedy(30, Duration.ofMinutes(10)).build())
					.build());
	}

	private void consume(String key, Supplier<Bucket> bucket) {
		if (this.buckets.size() > MAX_KEYS) {
			// bounded memory under a flood of addresses; a reset only ever lets a few
			// more through
			this.buckets.clear();
		}
		ConsumptionProbe probe = this.buckets.computeIfAbsent(key, (k) -> bucket.get()).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw new SignInProblem(SignInProblem.Kind.RATE_LIMITED,
					"Too many attempts. Please try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
		}
	}

	private static String hash(String phoneNumber) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(phoneNumber.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
