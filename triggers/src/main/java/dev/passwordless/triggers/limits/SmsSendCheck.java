package dev.passwordless.triggers.limits;

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
import javax.crypto.SecretKey;

import dev.passwordless.rules.Refusal;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimits;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.signup.PhoneNumbers;
import dev.passwordless.triggers.sms.SmsDeliveryException;

/**
 * What Create checks before an SMS goes out: the country allowlist, the number's cooldown
 * and hourly cap ({@link SendLimits}, shared with the web app), and the pool's daily
 * budget. Numbers are stored only as a keyed hash. When the store cannot be reached no
 * SMS is sent (fail closed: every send costs money).
 */
public final class SmsSendCheck {

	private final TriggerSettings settings;

	private final SendLimitStore store;

	private final SendLimits limits;

	private final SecretKey numberKey;

	private final Clock clock;

	/**
	 * @param settings the allowlist, the per-number limits and the daily budget
	 * @param store where the limits live
	 * @param numberKey the {@code SEND_LIMIT_KEY} that numbers are hashed with
	 * @param clock the time source
	 */
	public SmsSendCheck(TriggerSettings settings, SendLimitStore store, SecretKey numberKey, Clock clock) {
		this.settings = settings;
		this.store = store;
		this.limits = new SendLimits(store, settings.sendCooldown(), settings.sendsPerHour(), clock);
		this.numberKey = numberKey;
		this.clock = clock;
	}

	/**
	 * Lets one SMS to a registered number through, or refuses it.
	 * @param phoneNumber the E.164 number
	 * @throws SmsRefusedException when a limit applies
	 * @throws SmsDeliveryException when the store cannot be reached
	 */
	public void admit(String phoneNumber) {
		if (!PhoneNumbers.isInAllowedCountry(phoneNumber, this.settings.allowedCountries())) {
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
	 * @throws SmsDeliveryException when the store cannot be reached
	 */
	public void admitUnknown() {
		Instant now = this.clock.instant();
		if (stored(() -> this.store.count(budgetKey(now))) >= this.settings.dailySmsBudget()) {
			throw budgetUsedUp(now);
		}
	}

	/**
	 * The store key for a number: {@code n#} and a keyed hash, never the number.
	 * @param phoneNumber the E.164 number
	 * @return the key its history is kept under
	 */
	public String keyFor(String phoneNumber) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.numberKey);
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
