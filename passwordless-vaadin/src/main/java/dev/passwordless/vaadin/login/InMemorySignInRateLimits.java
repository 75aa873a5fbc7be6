package dev.passwordless.vaadin.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.passwordless.rules.Refusal;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimits;
import dev.passwordless.vaadin.cognito.RefusalWords;
import dev.passwordless.vaadin.cognito.SignInProblem;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * The limits of one app instance: per number with the Create trigger's own rules over a
 * {@link SendLimitStore}, per address and for checks with Bucket4j token buckets in
 * memory. Both read the app's clock. Phone numbers are keyed by a hash, never stored as
 * such.
 */
class InMemorySignInRateLimits implements SignInRateLimits {

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final RateLimitProperties limits;

	private final SendLimits phoneSends;

	private final TimeMeter time;

	InMemorySignInRateLimits(RateLimitProperties limits, SendLimitStore store, Clock clock) {
		this.limits = limits;
		this.phoneSends = new SendLimits(store, limits.phoneCooldown(), limits.phoneSendsPerHour(), clock);
		this.time = new ClockTimeMeter(clock);
	}

	@Override
	public void sendTo(String phoneNumber) {
		this.phoneSends.tryAcquire(hash(phoneNumber)).ifPresent((wait) -> {
			throw RefusalWords.problem(Refusal.of(Refusal.Reason.TOO_MANY_CODES, wait));
		});
	}

	@Override
	public void sendFrom(String address) {
		consume("send-ip:" + address, this.limits.addressSendsPerHour(), Duration.ofHours(1));
	}

	@Override
	public void check(String phoneNumber, String address) {
		consume("check-phone:" + hash(phoneNumber), this.limits.phoneChecksPerTenMinutes(), Duration.ofMinutes(10));
		consume("check-ip:" + address, this.limits.addressChecksPerTenMinutes(), Duration.ofMinutes(10));
	}

	private void consume(String key, int count, Duration period) {
		if (this.buckets.size() > MAX_KEYS) {
			// bounded memory under a flood of addresses; a reset only ever lets a few
			// more through
			this.buckets.clear();
		}
		ConsumptionProbe probe = this.buckets
			.computeIfAbsent(key,
					(k) -> Bucket.builder()
						.addLimit(Bandwidth.builder().capacity(count).refillGreedy(count, period).build())
						.withCustomTimePrecision(this.time)
						.build())
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
			throw SignInProblem.waiting(SignInProblem.Kind.RATE_LIMITED, "passwordless.refused.too-many-attempts",
					Duration.ofSeconds(seconds));
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

	/** Bucket4j's time, read from the app's clock. */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
