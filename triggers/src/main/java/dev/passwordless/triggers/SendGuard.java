package dev.passwordless.triggers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.passwordless.rules.Refusal;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimits;

/**
 * What Create checks before an SMS goes out: the country allowlist, the number's cooldown
 * and hourly cap, and the pool's daily budget. Numbers are stored only as a keyed hash.
 * When the store cannot be reached no SMS is sent (fail closed: every send costs money).
 */
final class SendGuard {

	/** The least accepted length of {@link TriggerEnvironment#SEND_LIMIT_KEY}. */
	static final int MIN_KEY_LENGTH = 32;

	private final TriggerSettings settings;

	private final SendLimitStore store;

	private final SendLimits limits;

	private final SecretKeySpec key;

	private final Clock clock;

	SendGuard(TriggerSettings settings, SendLimitStore store, String key, Clock clock) {
		if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
			throw new IllegalArgumentException(TriggerEnvironment.SEND_LIMIT_KEY + " must be a secret of at least "
					+ MIN_KEY_LENGTH + " characters");
		}
		this.settings = settings;
		this.store = store;
		this.limits = new SendLimits(store, settings.sendCooldown(), settings.sendsPerHour(), clock);
		this.key = new SecretKeySpec(key.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.clock = clock;
	}

	/**
	 * Lets one SMS to a registered number through, or refuses it.
	 * @param phoneNumber the E.164 number
	 * @throws SmsRefusedException when a limit applies
	 */
	void admit(String phoneNumber) {
		if (!this.settings.allowedCountries().isEmpty()
				&& !PhoneNumbers.region(phoneNumber).filter(this.settings.allowedCountries()::contains).isPresent()) {
			throw new SmsRefusedException(Refusal.Reason.PHONE_COUNTRY_NOT_ALLOWED);
		}
		Optional<Duration> wait = stored(() -> this.limits.tryAcquire(keyFor(phoneNumber)));
		if (wait.isPresent()) {
			throw new SmsRefusedException(Refusal.Reason.TOO_MANY_CODES, wait.get());
		}
		Instant now = this.clock.instant();
		if (!stored(() -> this.store.increment(budgetKey(now), this.settings.dailySmsBudget(),
				nextDay(now).plus(Duration.ofDays(1))))) {
			throw budgetUsedUp(now);
		}
	}

	/**
	 * The check for an unknown user. Cognito does not pass the number such a user typed,
	 * so only the pool-wide budget can apply; it does, so that a used-up budget answers
	 * the same for every number.
	 * @throws SmsRefusedException when the budget is used up
	 */
	void admitUnknown() {
		Instant now = this.clock.instant();
		if (stored(() -> this.store.count(budgetKey(now))) >= this.settings.dailySmsBudget()) {
			throw budgetUsedUp(now);
		}
	}

	/** The store key for a number: {@code n#} and a keyed hash, never the number. */
	String keyFor(String phoneNumber) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return "n#" + Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(phoneNumber.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** A store that cannot be reached means no SMS: the user sees "try again later". */
	private static <T> T stored(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RuntimeException ex) {
			throw new SmsDeliveryException(new RuntimeException("send-limits store: " + ex.getClass().getSimpleName()));
		}
	}

	private static String budgetKey(Instant now) {
		return "budget#" + LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

	private static Instant nextDay(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static SmsRefusedException budgetUsedUp(Instant now) {
		return new SmsRefusedException(Refusal.Reason.DAILY_BUDGET, Duration.between(now, nextDay(now)));
	}

}
