package dev.passwordless.webapp.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.Refusal;
import dev.passwordless.rules.SendLimits;
import dev.passwordless.webapp.cognito.RefusalWords;
import dev.passwordless.webapp.cognito.SignInProblem;
import dev.passwordless.webapp.cognito.WaitTime;
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

	private final RateLimitProperties limits;

	private final SendLimits phoneSends;

	SignInRateLimits(RateLimitProperties limits) {
		this.limits = limits;
		Clock clock = Clock.systemUTC();
		this.phoneSends = new SendLimits(new InMemorySendLimitStore(clock), limits.phoneCooldown(),
				limits.phoneSendsPerHour(), clock);
	}

	/**
	 * Codes sent per phone number: one per cooldown and a rolling cap per hour, with the
	 * Create trigger's own rules, so for the same settings this refuses exactly when the
	 * trigger would, for registered and unknown numbers alike.
	 */
	void sendTo(String phoneNumber) {
		this.phoneSends.tryAcquire(hash(phoneNumber)).ifPresent((wait) -> {
			throw RefusalWords.problem(Refusal.of(Refusal.Reason.TOO_MANY_CODES, wait));
		});
	}

	/** Codes sent per client address, per hour. */
	void sendFrom(String address) {
		consume("send-ip:" + address,
				() -> Bucket.builder()
					.addLimit(perPeriod(this.limits.addressSendsPerHour(), Duration.ofHours(1)))
					.build());
	}

	/** Codes checked per phone number and per address, per 10 minutes. */
	void check(String phoneNumber, String address) {
		consume("check-phone:" + hash(phoneNumber),
				() -> Bucket.builder()
					.addLimit(perPeriod(this.limits.phoneChecksPerTenMinutes(), Duration.ofMinutes(10)))
					.build());
		consume("check-ip:" + address,
				() -> Bucket.builder()
					.addLimit(perPeriod(this.limits.addressChecksPerTenMinutes(), Duration.ofMinutes(10)))
					.build());
	}

	private static Bandwidth perPeriod(int count, Duration period) {
		return Bandwidth.builder().capacity(count).refillGreedy(count, period).build();
	}

	private void consume(String key, Supplier<Bucket> bucket) {
		if (this.buckets.size() > MAX_KEYS) {
			// bounded memory under a flood of addresses; a reset only ever lets a few
			// more through
			this.buckets.clear();
		}
		ConsumptionProbe probe = this.buckets.computeIfAbsent(key, (k) -> bucket.get()).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
			throw new SignInProblem(SignInProblem.Kind.RATE_LIMITED,
					"Too many attempts. Please try again in " + WaitTime.inWords(seconds) + ".");
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
