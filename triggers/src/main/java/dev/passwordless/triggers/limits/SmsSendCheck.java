package dev.passwordless.triggers.limits;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.crypto.SecretKey;

import dev.passwordless.rules.Refusal;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimits;
import dev.passwordless.rules.SendVerdict;
import dev.passwordless.rules.Spend;
import dev.passwordless.triggers.settings.Secrets;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.signup.PhoneNumbers;
import dev.passwordless.triggers.sms.SmsDeliveryException;

/**
 * What Create checks before an SMS goes out: the number's country and type (the
 * allowlist, and no premium-rate or other costly destination: {@link PhoneNumbers}), the
 * number's cooldown and hourly cap ({@link SendLimits}, shared with the web app), and the
 * pool's daily budget, whose top {@link TriggerSettings#reservedBudgetPercent()} only
 * numbers that have signed in before may use.
 *
 * <p>
 * Nothing here may tell a registered number from an unknown one. A number-specific
 * refusal (country or type, cooldown, hourly cap, and the reserve, which applies to a
 * number that has not signed in before once the rest of the budget is used up) is not an
 * error but a verdict the caller turns into a challenge that sends nothing; and every
 * path makes the same store requests: one read of a history with the day's budget
 * ({@link SendLimitStore#findCounted}: on DynamoDB one {@code BatchGetItem}), then one
 * write of the history together with the budget ({@link SendLimitStore#replaceCounted}:
 * on DynamoDB one {@code TransactWriteItems}). For an unknown user, whose number Cognito
 * does not pass, the history is keyed on the user name in the event instead. Only a sent
 * code counts against the budget; the other paths check it without spending it. Keys are
 * keyed hashes, never a number.
 *
 * <p>
 * The budget refusal and an unreachable store apply to every number alike and stay errors
 * (fail closed: every send costs money). The operator is warned when the day's count
 * reaches {@link #BUDGET_ALARM_PERCENTS} of the budget, once per share and day.
 *
 * @see "docs/decisions/001-same-answer-for-every-number.md"
 */
public final class SmsSendCheck {

	/** The shares of the daily budget, in percent, at which the operator is warned. */
	public static final List<Integer> BUDGET_ALARM_PERCENTS = List.of(50, 80);

	/**
	 * Why a registered number gets no code, for the log only: the caller answers as for
	 * an unknown number.
	 */
	public enum Withheld {

		/** Not a number codes go to (premium-rate, landline...). */
		PHONE_INVALID,

		/** Its country is not on the allowlist. */
		PHONE_COUNTRY_NOT_ALLOWED,

		/** Its cooldown or hourly cap applies. */
		TOO_MANY_CODES,

		/**
		 * It has not signed in before, and the part of the day's budget such numbers may
		 * use is used up: the rest is reserved for numbers that have.
		 */
		BUDGET_RESERVED

	}

	private final TriggerSettings settings;

	private final DailySmsBudget budget;

	private final SendLimits limits;

	/**
	 * The limits a challenge handed out again is checked with: a cooldown of the whole
	 * window makes the send it repeats a refusal, so the history is read and written back
	 * unchanged and the budget only checked, whatever the configured cooldown.
	 */
	private final SendLimits again;

	private final SecretKey key;

	private final Clock clock;

	/**
	 * @param settings the allowlist, the per-number limits and the daily budget
	 * @param store where the limits live
	 * @param key the {@code SEND_LIMIT_KEY} that numbers and user names are hashed with
	 * @param clock the time source
	 */
	public SmsSendCheck(TriggerSettings settings, SendLimitStore store, SecretKey key, Clock clock) {
		this.settings = settings;
		this.budget = new DailySmsBudget(settings);
		this.limits = new SendLimits(store, settings.sendCooldown(), settings.sendsPerHour(), clock);
		this.again = new SendLimits(store, SendLimits.WINDOW, settings.sendsPerHour(), clock);
		this.key = key;
		this.clock = clock;
	}

	/**
	 * Decides whether a code may go to a registered number, recording it when it may.
	 * @param userName Cognito's internal user name
	 * @param phoneNumber the user's E.164 number
	 * @param signedInBefore whether the number has signed in before (its
	 * {@code phone_number_verified}), which lets it use the reserved part of the budget
	 * @param alarm told when the day's count reaches a share of the budget
	 * @return empty when the code may go out (recorded and counted); otherwise why it
	 * must not, for the log only: the caller answers as for an unknown user
	 * @throws DailyBudgetExhaustedException when the day's budget is used up
	 * @throws SmsDeliveryException when the store cannot be reached
	 */
	public Optional<Withheld> admit(String userName, String phoneNumber, boolean signedInBefore, BudgetAlarm alarm) {
		Optional<Refusal.Reason> notTexted = PhoneNumbers.problem(phoneNumber, this.settings.allowedCountries());
		if (notTexted.isPresent()) {
			admitUnknown(userName, alarm);
			return Optional.of(Withheld.valueOf(notTexted.get().name()));
		}
		Instant now = this.clock.instant();
		SendVerdict verdict = acquire(this.limits, keyFor(phoneNumber), now,
				signedInBefore ? Spend.ANY : Spend.UNRESERVED, alarm);
		if (verdict.retryAfter().isPresent()) {
			return Optional.of(Withheld.TOO_MANY_CODES);
		}
		return verdict.onlyReserveLeft() ? Optional.of(Withheld.BUDGET_RESERVED) : Optional.empty();
	}

	/**
	 * Decides whether a code may go to a number the person names themselves, the new
	 * number of a number change (decision 005), recording it when it may: the same
	 * checks, limits and budget as {@link #admit}. The person signed in within minutes
	 * (the app asks for a fresh sign-in) and chose this number, so a refusal is told, not
	 * hidden behind a challenge no code answers.
	 * @param phoneNumber the new E.164 number
	 * @param signedInBefore whether the account has signed in before (its current
	 * number's {@code phone_number_verified}), which lets it use the reserved part of the
	 * budget
	 * @param alarm told when the day's count reaches a share of the budget
	 * @return empty when the code may go out (recorded and counted); otherwise the
	 * refusal the person is told: the number's country or type, its cooldown or hourly
	 * cap with the wait, or the budget's reserve ({@link Refusal.Reason#DAILY_BUDGET})
	 * @throws DailyBudgetExhaustedException when the day's budget is used up
	 * @throws SmsDeliveryException when the store cannot be reached
	 */
	public Optional<Refusal> admitNamed(String phoneNumber, boolean signedInBefore, BudgetAlarm alarm) {
		Optional<Refusal.Reason> notTexted = PhoneNumbers.problem(phoneNumber, this.settings.allowedCountries());
		if (notTexted.isPresent()) {
			return Optional.of(Refusal.of(notTexted.get()));
		}
		Instant now = this.clock.instant();
		SendVerdict verdict = acquire(this.limits, keyFor(phoneNumber), now,
				signedInBefore ? Spend.ANY : Spend.UNRESERVED, alarm);
		if (verdict.retryAfter().isPresent()) {
			return Optional.of(Refusal.of(Refusal.Reason.TOO_MANY_CODES, verdict.retryAfter().get()));
		}
		return verdict.onlyReserveLeft()
				? Optional.of(Refusal.of(Refusal.Reason.DAILY_BUDGET, this.budget.untilNextDay(now)))
				: Optional.empty();
	}

	/**
	 * The same store requests for a code handed out again (Cognito's retry of a slow
	 * send): the number's history read and written back unchanged, the budget checked,
	 * nothing counted again.
	 * @param phoneNumber the user's E.164 number
	 * @param alarm told when the day's count reaches a share of the budget
	 * @throws DailyBudgetExhaustedException when the day's budget is used up, as every
	 * number is told then
	 * @throws SmsDeliveryException when the store cannot be reached
	 */
	public void readmit(String phoneNumber, BudgetAlarm alarm) {
		acquire(this.again, keyFor(phoneNumber), this.clock.instant(), Spend.CHECK, alarm);
	}

	/**
	 * The same store requests for a user no code goes to: a history keyed on the user
	 * name (an unknown user's is made up by Cognito), and the budget checked but not
	 * spent.
	 * @param userName Cognito's user name in the event
	 * @param alarm told when the day's count reaches a share of the budget
	 * @throws DailyBudgetExhaustedException when the day's budget is used up
	 * @throws SmsDeliveryException when the store cannot be reached
	 */
	public void admitUnknown(String userName, BudgetAlarm alarm) {
		acquire(this.limits, keyFor("user:" + userName), this.clock.instant(), Spend.CHECK, alarm);
	}

	/**
	 * The store key for a number (or a user name): {@code n#} and a keyed hash of it.
	 * @param value the E.164 number
	 * @return the key its history is kept under
	 */
	public String keyFor(String value) {
		return Secrets.keyedHash(this.key, "n#", String.valueOf(value));
	}

	/**
	 * The number's limits with the day's budget in the same write; the shares of the
	 * budget the write reached are told. A store that cannot be reached means no SMS: the
	 * user sees "try again later".
	 * @throws DailyBudgetExhaustedException when the day's budget is used up
	 */
	private SendVerdict acquire(SendLimits limits, String key, Instant now, Spend spend, BudgetAlarm alarm) {
		SendVerdict verdict;
		try {
			verdict = limits.tryAcquireAtEqualCost(key, this.budget.on(now), spend);
		}
		catch (RuntimeException ex) {
			throw new SmsDeliveryException(new RuntimeException("send-limits store: " + ex.getClass().getSimpleName()));
		}
		this.budget.warn(verdict, alarm);
		if (verdict.counterAtLimit()) {
			throw this.budget.usedUp(now);
		}
		return verdict;
	}

}
