package dev.passwordless.triggers.challenge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.SecretKey;

import dev.passwordless.rules.Refusal;
import dev.passwordless.triggers.limits.BudgetAlarm;
import dev.passwordless.triggers.limits.DailyBudgetExhaustedException;
import dev.passwordless.triggers.limits.SmsSendCheck;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.snapstart.Entropy;
import dev.passwordless.triggers.sms.SmsDelivery;
import dev.passwordless.triggers.sms.SmsDeliveryException;
import dev.passwordless.triggers.sms.SmsText;

/**
 * Create auth challenge without AWS types: one code per sign-in attempt, sent once after
 * the send check, reused by the later rounds of the same session. Only a keyed hash of
 * the code is kept.
 *
 * <p>
 * An unknown user, and a registered number the send check withholds a code from (country
 * or type, cooldown, hourly cap, the budget's reserve), get a decoy: a challenge of the
 * same shape that no code answers, after the same store work and as long a wait as a
 * send, with no SMS. Later rounds of that session reuse the decoy, as they would a code.
 *
 * <p>
 * Cognito calls Create again for the same step when it has not answered in time
 * ({@link RetriedSteps}): the retry of a slow send gets the same challenge again, with no
 * SMS, no decoy and nothing counted again. Every first round reads its step once and
 * writes it once, whatever its outcome, at the same point of the send or its imitation.
 */
public final class CodeIssuer {

	private final TriggerSettings settings;

	private final SmsSendCheck check;

	private final SmsDelivery sms;

	private final SmsText text;

	private final Clock clock;

	private final Entropy entropy;

	private final CodeGenerator codes;

	private final CodeHasher hasher;

	private final RetriedSteps steps;

	/**
	 * @param settings the checked settings
	 * @param codeHashKey the {@code CODE_HASH_KEY} that codes are hashed with
	 * @param check the limits checked before each SMS
	 * @param sms where codes go, or seem to
	 * @param clock the time source
	 * @param entropy the source of codes, salts and decoys, asked at each use
	 * @param steps the steps kept for Cognito's retries
	 */
	public CodeIssuer(TriggerSettings settings, SecretKey codeHashKey, SmsSendCheck check, SmsDelivery sms, Clock clock,
			Entropy entropy, RetriedSteps steps) {
		this.settings = settings;
		this.check = check;
		this.sms = sms;
		this.text = new SmsText(settings.smsTemplate(), settings.appName(), settings.codeLength(), settings.codeTtl(),
				settings.webOtpDomain());
		this.clock = clock;
		this.entropy = entropy;
		this.codes = new CodeGenerator(entropy, settings.codeLength());
		this.hasher = new CodeHasher(codeHashKey);
		this.steps = steps;
	}

	/**
	 * Creates the challenge for one round, and logs how the round ended.
	 * @param userName Cognito's internal user name
	 * @param phoneNumber the user's number, null for unknown users
	 * @param signedInBefore whether the number has signed in before (it may use the
	 * budget's reserved part)
	 * @param locale the user's {@code locale} attribute, which picks the SMS's language;
	 * null when there is none (English)
	 * @param session the rounds so far
	 * @param log told the round's outcome, or why no code went out, and when the day's
	 * count reaches a share of the budget the operator is warned at
	 * @param slowAfter how long a send may take before Cognito may retry it
	 * ({@link RetriedSteps#slowAfter})
	 * @return the challenge
	 * @throws SmsDeliveryException when the code could not be sent or the limits could
	 * not be checked
	 * @throws DailyBudgetExhaustedException when the pool's daily budget is used up
	 */
	public IssuedChallenge issue(String userName, String phoneNumber, boolean signedInBefore, String locale,
			List<ChallengeRound> session, IssueLog log, Duration slowAfter) {
		return issue(new CodeRecipient(phoneNumber, false), userName, signedInBefore, locale, session, log, slowAfter);
	}

	/**
	 * Creates the challenge for a round of a number change (decision 005), and logs how
	 * the round ended: a code to the new number, never an ordinary round's; the same code
	 * again after a wrong answer. The challenge's metadata names the number
	 * ({@link NewNumberCode}), its public parameters add
	 * {@value ChallengeParameters#TARGET}. A number the limits withhold a code from is
	 * refused, not answered with a decoy ({@link SmsSendCheck#admitNamed}).
	 * @param userName Cognito's internal user name
	 * @param newPhoneNumber the new number, checked by the caller
	 * @param signedInBefore whether the account has signed in before
	 * @param locale the user's {@code locale} attribute, or null
	 * @param session the rounds so far
	 * @param log told the round's outcome
	 * @param slowAfter how long a send may take before Cognito may retry it
	 * @return the challenge
	 * @throws NumberChangeRefusedException when the limits withhold a code from the
	 * number
	 * @throws SmsDeliveryException when the code could not be sent or the limits could
	 * not be checked
	 * @throws DailyBudgetExhaustedException when the pool's daily budget is used up
	 */
	public IssuedChallenge issueToNewNumber(String userName, String newPhoneNumber, boolean signedInBefore,
			String locale, List<ChallengeRound> session, IssueLog log, Duration slowAfter) {
		return issue(new CodeRecipient(newPhoneNumber, true), userName, signedInBefore, locale, session, log,
				slowAfter);
	}

	private IssuedChallenge issue(CodeRecipient to, String userName, boolean signedInBefore, String locale,
			List<ChallengeRound> session, IssueLog log, Duration slowAfter) {
		int round = session.size() + 1;
		try {
			IssuedChallenge issued = challenge(userName, to, signedInBefore, locale, session, log, slowAfter);
			log.issued(issued.outcome(), round, to.phoneNumber());
			return issued;
		}
		catch (NumberChangeRefusedException ex) {
			log.issued("change-" + ex.getMessage(), round, to.phoneNumber());
			throw ex;
		}
		catch (DailyBudgetExhaustedException | SmsDeliveryException ex) {
			log.notSent(ex, round, to.phoneNumber());
			throw ex;
		}
	}

	private IssuedChallenge challenge(String userName, CodeRecipient to, boolean signedInBefore, String locale,
			List<ChallengeRound> session, BudgetAlarm alarm, Duration slowAfter) {
		String phoneNumber = to.phoneNumber();
		int attemptsLeft = ChallengeFlow.MAX_ATTEMPTS - ChallengeFlow.wrongAnswers(session);
		for (ChallengeRound round : session.reversed()) {
			Optional<CodeChallenge> earlier = to.earlierCode(round);
			if (earlier.isPresent()) {
				return issued(earlier.get(), to, attemptsLeft, "code-reused");
			}
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Instant expiresAt = now.plus(this.settings.codeTtl());
		if (phoneNumber != null && this.settings.isTestNumber(phoneNumber)) {
			// fiction-range number: the configured code, no SMS, no limits
			return issued(CodeChallenge.issue(this.hasher, userName, this.settings.testCode().orElseThrow(), expiresAt,
					this.entropy.get()), to, attemptsLeft, "test-number");
		}
		// a change's step apart from an ordinary sign-in's: a retry never hands one's
		// challenge out as the other's
		RetriedSteps.Step step = this.steps.read(to.newNumber() ? userName + "\0to\0" + phoneNumber : userName,
				session);
		if (phoneNumber == null) {
			this.check.admitUnknown(userName, alarm);
			return decoy(step, now, expiresAt, attemptsLeft, slowAfter, "decoy");
		}
		Optional<CodeChallenge> again = step.reissuable(now);
		if (again.isPresent()) {
			return reissued(step, again.get(), to, now, expiresAt, attemptsLeft, alarm, slowAfter);
		}
		if (to.newNumber()) {
			Optional<Refusal> refused = this.check.admitNamed(phoneNumber, signedInBefore, alarm);
			if (refused.isPresent()) {
				throw new NumberChangeRefusedException(refused.get());
			}
		}
		Optional<SmsSendCheck.Withheld> withheld = to.newNumber() ? Optional.empty()
				: this.check.admit(userName, phoneNumber, signedInBefore, alarm);
		if (withheld.isPresent()) {
			return decoy(step, now, expiresAt, attemptsLeft, slowAfter, "refused:" + withheld.get());
		}
		String code = this.codes.next();
		CodeChallenge challenge = CodeChallenge.issue(this.hasher, userName, code, expiresAt, this.entropy.get());
		// kept before Cognito stops waiting when the send is slow: its retry finds it
		this.sms.send(phoneNumber, this.text.render(locale, code), slowAfter,
				(underWay) -> this.steps.write(step, underWay ? step.kept(challenge, now) : step.closed(now)));
		return issued(challenge, to, attemptsLeft, "code-sent");
	}

	/**
	 * A challenge no code answers, after the wait of a send, the step written where a
	 * send would write it.
	 */
	private IssuedChallenge decoy(RetriedSteps.Step step, Instant now, Instant expiresAt, int attemptsLeft,
			Duration slowAfter, String outcome) {
		// a step called before (a retry) is answered as a registered number's retry is:
		// without an imitated failure
		this.sms.imitate(slowAfter, (underWay) -> this.steps.write(step, step.closed(now)), step.stored().isEmpty());
		return issued(CodeChallenge.decoy(expiresAt, this.entropy.get()), CodeRecipient.UNKNOWN, attemptsLeft, outcome);
	}

	/**
	 * Cognito's retry of a slow send (or a request that cannot be told from one): the
	 * kept challenge again, with a fresh expiry as every answer has, after the same store
	 * requests and wait as a decoy; nothing sent, nothing counted. When another call for
	 * the step handed it out first, a decoy.
	 */
	private IssuedChallenge reissued(RetriedSteps.Step step, CodeChallenge kept, CodeRecipient to, Instant now,
			Instant expiresAt, int attemptsLeft, BudgetAlarm alarm, Duration slowAfter) {
		this.check.readmit(to.phoneNumber(), alarm);
		AtomicBoolean handedOut = new AtomicBoolean();
		// the code is under way already: the retry never fails
		this.sms.imitate(slowAfter, (underWay) -> handedOut.set(this.steps.write(step, step.reissued(now))), false);
		if (!handedOut.get()) {
			return issued(CodeChallenge.decoy(expiresAt, this.entropy.get()), to, attemptsLeft, "decoy");
		}
		return issued(kept.until(expiresAt), to, attemptsLeft, "code-reissued");
	}

	/** The answer {@code to} gets ({@link CodeRecipient#answer}). */
	private IssuedChallenge issued(CodeChallenge challenge, CodeRecipient to, int attemptsLeft, String outcome) {
		return to.answer(challenge, this.settings.codeLength(), attemptsLeft, outcome);
	}

}
