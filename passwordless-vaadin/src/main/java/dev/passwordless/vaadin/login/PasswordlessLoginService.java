package dev.passwordless.vaadin.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import dev.passwordless.rules.NameRule;
import dev.passwordless.rules.Refusal;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.RefusalWords;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.cognito.SignInResult;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.CognitoTokenVerifier;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.SignInCompletion;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Registration and sign-in by SMS code, for the views. The Cognito session string and the
 * tokens live in the HTTP session only. Registered and unknown numbers go through the
 * same steps with the same answers.
 */
public class PasswordlessLoginService {

	private final CognitoAuthClient cognito;

	private final CognitoTokenVerifier verifier;

	private final SignInRateLimits limits;

	private final SignInCompletion completion;

	/** The HTTP session attribute that holds the number last typed. */
	private static final String TYPED_KEY = TypedNumber.class.getName();

	private final Duration resendAfter;

	private final Clock clock;

	private final SignInMetrics metrics;

	PasswordlessLoginService(CognitoAuthClient cognito, CognitoTokenVerifier verifier, SignInRateLimits limits,
			SignInCompletion completion, LimitsProperties limitProperties, Clock clock, SignInMetrics metrics) {
		this.metrics = metrics;
		this.cognito = cognito;
		this.verifier = verifier;
		this.limits = limits;
		this.completion = completion;
		// a new code is offered exactly when the per-number limit would allow one
		this.resendAfter = limitProperties.phoneCooldown();
		this.clock = clock;
	}

	/** Registers and sends the first code (the SMS in the person's language). */
	public SignInStep register(String name, TypedNumber typed, Locale language, String address) {
		return counted(() -> registered(name, typed, language, address));
	}

	private SignInStep registered(String name, TypedNumber typed, Locale language, String address) {
		nameProblem(name).ifPresent((problem) -> {
			throw problem;
		});
		String phone = toE164(typed);
		limitSending(phone, address);
		this.cognito.signUp(phone, NameRule.normalize(name), language.getLanguage());
		return send(phone);
	}

	/**
	 * Sends a code to a number (registered or not: the screens are the same). Asked again
	 * for the number whose code this browser is waiting for, while that code is still
	 * valid and a new one would have to wait, it sends nothing and leads back to that
	 * code.
	 */
	public SignInStep requestCode(TypedNumber typed, String address) {
		return counted(() -> {
			String phone = toE164(typed);
			Optional<PendingSignIn> waiting = pending().filter((pending) -> pending.phoneNumber().equals(phone))
				.filter((pending) -> pending.answerable(this.clock.instant()) && resendIn(pending) > 0);
			if (waiting.isPresent()) {
				return step(waiting.get(), true);
			}
			limitSending(phone, address);
			return send(phone);
		});
	}

	/** The problem with a name, if any, before anything is sent. */
	public Optional<SignInProblem> nameProblem(String name) {
		return NameRule.problem(name).map((problem) -> RefusalWords.problem(Refusal.of(problem)));
	}

	/** The problem with a number, if any, before anything is sent. */
	public Optional<SignInProblem> numberProblem(TypedNumber typed) {
		try {
			toE164(typed);
			return Optional.empty();
		}
		catch (SignInProblem problem) {
			return Optional.of(problem);
		}
	}

	/**
	 * Sends a new code to the number of the sign-in in progress, also after its code was
	 * spent (too many wrong codes, too late).
	 */
	public SignInStep resend(String address) {
		return counted(() -> resent(address));
	}

	private SignInStep resent(String address) {
		PendingSignIn pending = pending().orElseThrow(this::noSignIn);
		long wait = resendIn(pending);
		if (wait > 0) {
			throw SignInProblem.waiting(SignInProblem.Kind.RATE_LIMITED, "passwordless.refused.too-many-codes",
					Duration.ofSeconds(wait));
		}
		limitSending(pending.phoneNumber(), address);
		return send(pending.phoneNumber());
	}

	/**
	 * Checks a code, found in what was typed or pasted ({@link CodeInput}). A right code
	 * changes the session id and leaves the verified sign-in in the session for the
	 * completion step, behind a one-time nonce; a wrong one throws with the attempts
	 * left.
	 * @return the relative location that completes the sign-in (it carries the nonce, so
	 * the browser that sent the code must go there at once)
	 */
	public String submitCode(String code, String address) {
		return submitCode(code, address, false);
	}

	/**
	 * Like {@link #submitCode(String, String)}; a right code also keeps the person signed
	 * in on this device ("Stay signed in") when they asked for it.
	 * @param staySignedIn whether "Stay signed in on this device" is ticked
	 * @return the relative location that completes the sign-in
	 */
	public String submitCode(String code, String address, boolean staySignedIn) {
		try {
			String location = checkCode(code, address, staySignedIn);
			this.metrics.signIn(SignInMetrics.Outcome.SUCCEEDED);
			return location;
		}
		catch (SignInProblem ex) {
			this.metrics.signIn(SignInMetrics.Outcome.FAILED);
			throw ex;
		}
	}

	private String checkCode(String code, String address, boolean staySignedIn) {
		PendingSignIn pending = pending().orElseThrow(this::noSignIn);
		int length = pending.challenge().codeLength();
		String digits = CodeInput.find(code, length)
			.orElseThrow(() -> new SignInProblem(SignInProblem.Kind.INVALID_INPUT, "passwordless.code.digits", length));
		if (pending.over()) {
			throw new SignInProblem(SignInProblem.Kind.CODE_FAILED, "passwordless.code.spent");
		}
		this.limits.check(pending.phoneNumber(), address);
		SignInResult result;
		try {
			result = this.cognito.answer(pending.challenge(), digits);
		}
		catch (SignInProblem ex) {
			if (ex.kind() == SignInProblem.Kind.CODE_FAILED || ex.kind() == SignInProblem.Kind.SESSION_EXPIRED) {
				session().setAttribute(PendingSignIn.SESSION_KEY, pending.ended());
			}
			throw ex;
		}
		return switch (result) {
			case SignInResult.NextChallenge next -> {
				session().setAttribute(PendingSignIn.SESSION_KEY, pending.next(next.challenge()));
				throw new SignInProblem(SignInProblem.Kind.INVALID_INPUT, "passwordless.code.wrong",
						next.challenge().attemptsLeft());
			}
			case SignInResult.SignedIn signedIn -> complete(signedIn.tokens(), staySignedIn);
		};
	}

	/** The code step's state, if a sign-in is in progress. */
	public Optional<SignInStep> currentStep() {
		return pending().map((pending) -> step(pending, false));
	}

	/**
	 * The code step this browser could go back to: a code sent and still valid.
	 */
	public Optional<SignInStep> codeStillValid() {
		return pending().filter((pending) -> pending.answerable(this.clock.instant()))
			.map((pending) -> step(pending, false));
	}

	/**
	 * The number last typed in this browser, to show it again ("Wrong number? Edit", the
	 * browser's Back).
	 */
	public Optional<TypedNumber> lastNumber() {
		return Optional.ofNullable((TypedNumber) session().getAttribute(TYPED_KEY));
	}

	/** Forgets the sign-in in progress; the number stays in the form. */
	public void cancel() {
		session().removeAttribute(PendingSignIn.SESSION_KEY);
	}

	private String toE164(TypedNumber typed) {
		session().setAttribute(TYPED_KEY, typed);
		return PhoneNumberInput.toE164(typed.number(), typed.region());
	}

	private String complete(CognitoTokens tokens, boolean staySignedIn) {
		session().removeAttribute(PendingSignIn.SESSION_KEY);
		session().removeAttribute(TYPED_KEY);
		CognitoUser user;
		try {
			user = this.verifier.verify(tokens);
		}
		catch (JwtException ex) {
			throw new SignInProblem(SignInProblem.Kind.UNAVAILABLE, "passwordless.sign-in.not-completed");
		}
		return this.completion.begin(VaadinServletRequest.getCurrent(), user, tokens, staySignedIn);
	}

	/** Counts a request for a code and its outcome. */
	private SignInStep counted(Supplier<SignInStep> request) {
		this.metrics.codeRequested();
		try {
			SignInStep step = request.get();
			if (!step.alreadySent()) {
				this.metrics.codeSent();
			}
			return step;
		}
		catch (SignInProblem ex) {
			this.metrics.codeRefused(ex.kind());
			throw ex;
		}
	}

	private SignInStep send(String phone) {
		PendingSignIn pending = new PendingSignIn(phone, this.cognito.start(phone), this.clock.instant(), false);
		session().setAttribute(PendingSignIn.SESSION_KEY, pending);
		return step(pending, false);
	}

	private void limitSending(String phone, String address) {
		this.limits.sendFrom(address);
		this.limits.sendTo(phone);
	}

	private SignInStep step(PendingSignIn pending, boolean alreadySent) {
		return new SignInStep(PhoneNumbers.international(pending.phoneNumber()), pending.challenge().codeLength(),
				pending.challenge().attemptsLeft(), resendIn(pending), !pending.answerable(this.clock.instant()),
				alreadySent);
	}

	private long resendIn(PendingSignIn pending) {
		Instant allowed = pending.sentAt().plus(this.resendAfter);
		Duration left = Duration.between(this.clock.instant(), allowed);
		return left.isPositive() ? left.toSeconds() + ((left.toNanosPart() > 0) ? 1 : 0) : 0;
	}

	private Optional<PendingSignIn> pending() {
		return Optional.ofNullable((PendingSignIn) session().getAttribute(PendingSignIn.SESSION_KEY));
	}

	private SignInProblem noSignIn() {
		return new SignInProblem(SignInProblem.Kind.SESSION_EXPIRED, "passwordless.code.no-sign-in");
	}

	private static WrappedSession session() {
		return VaadinSession.getCurrent().getSession();
	}

}
