package dev.passwordless.vaadin.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import dev.passwordless.rules.NameRule;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.i18n.RefusalWords;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.cognito.SignInResult;
import dev.passwordless.vaadin.operations.SignInMetrics;

/**
 * Registration and sign-in by SMS code, for the views. What it keeps of the browser (the
 * Cognito session string, later the tokens) lives in the HTTP session only, behind
 * {@link SignInSession}. Registered and unknown numbers go through the same steps with
 * the same answers.
 */
public class PasswordlessLoginService {

	private final CognitoAuthClient cognito;

	private final AccountEntry entry;

	private final SignInRateLimits limits;

	private final SignInSession session;

	private final SignInPolicy policy;

	private final Clock clock;

	private final SignInBookkeeping bookkeeping;

	PasswordlessLoginService(CognitoAuthClient cognito, AccountEntry entry, SignInRateLimits limits,
			SignInSession session, SignInPolicy policy, Clock clock, SignInMetrics metrics, AuditTrail audit) {
		this.bookkeeping = new SignInBookkeeping(metrics, audit, session);
		this.cognito = cognito;
		this.entry = entry;
		this.limits = limits;
		this.session = session;
		this.policy = policy;
		this.clock = clock;
	}

	/** Registers and sends the first code (the SMS in the person's language). */
	public SignInStep register(String name, TypedNumber typed, Locale language) {
		return this.bookkeeping.codeRequest(() -> e164(typed), () -> {
			nameProblem(name).ifPresent((problem) -> {
				throw problem;
			});
			String phone = toE164(typed);
			limitSending(phone);
			boolean created = this.cognito.signUp(phone, NameRule.normalize(name), language.getLanguage());
			return send(phone, !created);
		});
	}

	/**
	 * Sends a code to a number (registered or not: the screens are the same). Asked again
	 * for the number whose code this browser is waiting for, while that code is still
	 * valid and a new one would have to wait, it sends nothing and leads back to that
	 * code.
	 */
	public SignInStep requestCode(TypedNumber typed) {
		return this.bookkeeping.codeRequest(() -> e164(typed), () -> codeFor(toE164(typed)));
	}

	/**
	 * Sends a code to the signed-in person's own number, to confirm that it is them
	 * before something sensitive (a step-up); the code step then goes on as for a
	 * sign-in, under the same limits.
	 * @param phoneNumber the person's number (E.164), from their verified tokens
	 */
	public SignInStep stepUp(String phoneNumber) {
		return this.bookkeeping.codeRequest(() -> Optional.of(phoneNumber), () -> codeFor(phoneNumber));
	}

	private SignInStep codeFor(String phone) {
		Optional<PendingSignIn> waiting = this.session.pending()
			.filter((pending) -> pending.phoneNumber().equals(phone))
			.filter((pending) -> pending.answerable(this.clock.instant())
					&& pending.resendIn(this.clock.instant(), this.policy.resendAfter()) > 0);
		if (waiting.isPresent()) {
			return step(waiting.get(), true);
		}
		limitSending(phone);
		return send(phone, false);
	}

	/** The problem with a name, if any, before anything is sent. */
	public Optional<SignInProblem> nameProblem(String name) {
		return RefusalWords.nameProblem(name);
	}

	/** The problem with a number, if any, before anything is sent. */
	public Optional<SignInProblem> numberProblem(TypedNumber typed) {
		this.session.keep(typed);
		return PhoneNumberInput.problem(typed.number(), typed.region(), this.policy.allowedCountries());
	}

	/**
	 * Sends a new code to the number of the sign-in in progress, also after its code was
	 * spent (too many wrong codes, too late).
	 */
	public SignInStep resend() {
		return this.bookkeeping.codeRequest(() -> this.session.pending().map(PendingSignIn::phoneNumber), () -> {
			PendingSignIn pending = this.session.pending().orElseThrow(this::noSignIn);
			long wait = pending.resendIn(this.clock.instant(), this.policy.resendAfter());
			if (wait > 0) {
				throw SignInProblem.waiting(SignInProblem.Kind.RATE_LIMITED, "passwordless.refused.too-many-codes",
						Duration.ofSeconds(wait));
			}
			limitSending(pending.phoneNumber());
			return send(pending.phoneNumber(), pending.registeredExisting());
		});
	}

	/**
	 * Checks a code, found in what was typed or pasted ({@link CodeInput}). A right code
	 * changes the session id and leaves the verified sign-in in the session for the
	 * completion step, behind a one-time nonce; a wrong one throws with the attempts
	 * left. A right code also keeps the person signed in on this device ("Stay signed
	 * in") when they asked for it.
	 * @param staySignedIn whether "Stay signed in on this device" is ticked
	 * @return the relative location that completes the sign-in (it carries the nonce, so
	 * the browser that sent the code must go there at once)
	 */
	public String submitCode(String code, boolean staySignedIn) {
		Optional<String> phone = this.session.pending().map(PendingSignIn::phoneNumber);
		return this.bookkeeping.codeCheck(phone, () -> checkCode(code, staySignedIn));
	}

	private String checkCode(String code, boolean staySignedIn) {
		PendingSignIn pending = this.session.pending().orElseThrow(this::noSignIn);
		int length = pending.challenge().codeLength();
		String digits = CodeInput.find(code, length)
			.orElseThrow(() -> new SignInProblem(SignInProblem.Kind.INVALID_INPUT, "passwordless.code.digits", length));
		if (pending.over()) {
			throw new SignInProblem(SignInProblem.Kind.CODE_FAILED, "passwordless.code.spent");
		}
		this.limits.check(pending.phoneNumber(), this.session.clientAddress(),
				this.session.isKnownDevice(pending.phoneNumber()));
		SignInResult result;
		try {
			result = this.cognito.answer(pending.challenge(), digits);
		}
		catch (SignInProblem ex) {
			if (ex.kind() == SignInProblem.Kind.CODE_FAILED || ex.kind() == SignInProblem.Kind.SESSION_EXPIRED) {
				this.session.keep(pending.ended());
			}
			throw ex;
		}
		return switch (result) {
			case SignInResult.NextChallenge next -> {
				this.session.keep(pending.next(next.challenge()));
				this.bookkeeping.wrongCode(pending.phoneNumber(), next.challenge().attemptsLeft());
				throw new SignInProblem(SignInProblem.Kind.INVALID_INPUT, "passwordless.code.wrong",
						next.challenge().attemptsLeft());
			}
			case SignInResult.SignedIn signedIn -> {
				this.session.forgetPending();
				this.session.forgetTypedNumber();
				String location = this.entry.afterCode(signedIn.tokens(), staySignedIn, pending.registeredExisting());
				this.bookkeeping.signedIn(signedIn.tokens().username(), pending.phoneNumber(), location);
				yield location;
			}
		};
	}

	/** The code step's state, if a sign-in is in progress. */
	public Optional<SignInStep> currentStep() {
		return this.session.pending().map((pending) -> step(pending, false));
	}

	/**
	 * The code step this browser could go back to: a code sent and still valid.
	 */
	public Optional<SignInStep> codeStillValid() {
		return this.session.pending()
			.filter((pending) -> pending.answerable(this.clock.instant()))
			.map((pending) -> step(pending, false));
	}

	/**
	 * The number last typed in this browser, to show it again ("Wrong number? Edit", the
	 * browser's Back).
	 */
	public Optional<TypedNumber> lastNumber() {
		return this.session.typedNumber();
	}

	/** Forgets the sign-in in progress; the number stays in the form. */
	public void cancel() {
		this.session.forgetPending();
	}

	private String toE164(TypedNumber typed) {
		this.session.keep(typed);
		return this.policy.e164(typed);
	}

	/** The number typed, if it is one (for the audit trail only). */
	private Optional<String> e164(TypedNumber typed) {
		try {
			return Optional.of(this.policy.e164(typed));
		}
		catch (SignInProblem ex) {
			return Optional.empty();
		}
	}

	private SignInStep send(String phone, boolean registeredExisting) {
		PendingSignIn pending = new PendingSignIn(phone, this.cognito.start(phone), this.clock.instant(), false,
				registeredExisting);
		this.session.keep(pending);
		return step(pending, false);
	}

	private void limitSending(String phone) {
		this.limits.sendFrom(this.session.clientAddress());
		this.limits.sendTo(phone, this.session.clientAddress(), this.session.isKnownDevice(phone));
	}

	private SignInStep step(PendingSignIn pending, boolean alreadySent) {
		return pending.step(this.clock.instant(), this.policy.resendAfter(), alreadySent);
	}

	private SignInProblem noSignIn() {
		return new SignInProblem(SignInProblem.Kind.SESSION_EXPIRED, "passwordless.code.no-sign-in");
	}

}
