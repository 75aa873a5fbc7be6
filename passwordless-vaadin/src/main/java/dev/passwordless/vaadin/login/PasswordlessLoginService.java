package dev.passwordless.vaadin.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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

	private final String defaultCountry;

	private final Duration resendAfter;

	private final Clock clock;

	PasswordlessLoginService(CognitoAuthClient cognito, CognitoTokenVerifier verifier, SignInRateLimits limits,
			SignInCompletion completion, PasswordlessProperties properties, RateLimitProperties limitProperties,
			Clock clock) {
		this.cognito = cognito;
		this.verifier = verifier;
		this.limits = limits;
		this.completion = completion;
		this.defaultCountry = properties.defaultCountry();
		// a new code is offered exactly when the per-number limit would allow one
		this.resendAfter = limitProperties.phoneCooldown();
		this.clock = clock;
	}

	/** Registers and sends the first code. */
	public SignInStep register(String name, String typedPhone, String address) {
		NameRule.problem(name).ifPresent((problem) -> {
			throw RefusalWords.problem(Refusal.of(problem));
		});
		String phone = PhoneNumberInput.toE164(typedPhone, this.defaultCountry);
		limitSending(phone, address);
		this.cognito.signUp(phone, NameRule.normalize(name));
		return send(phone);
	}

	/** Sends a code to a number (registered or not: the screens are the same). */
	public SignInStep requestCode(String typedPhone, String address) {
		String phone = PhoneNumberInput.toE164(typedPhone, this.defaultCountry);
		limitSending(phone, address);
		return send(phone);
	}

	/** Sends a new code to the number of the sign-in in progress. */
	public SignInStep resend(String address) {
		PendingSignIn pending = pending().orElseThrow(this::noSignIn);
		long wait = resendIn(pending);
		if (wait > 0) {
			throw new SignInProblem(SignInProblem.Kind.RATE_LIMITED,
					"You can ask for a new code in " + wait + " seconds.");
		}
		limitSending(pending.phoneNumber(), address);
		return send(pending.phoneNumber());
	}

	/**
	 * Checks a code. A right code changes the session id and leaves the verified sign-in
	 * in the session for the completion step, behind a one-time nonce; a wrong one throws
	 * with the attempts left.
	 * @return the relative location that completes the sign-in (it carries the nonce, so
	 * the browser that sent the code must go there at once)
	 */
	public String submitCode(String code, String address) {
		PendingSignIn pending = pending().orElseThrow(this::noSignIn);
		String digits = (code != null) ? code.strip() : "";
		int length = pending.challenge().codeLength();
		if (!digits.matches("[0-9]{" + length + "}")) {
			throw new SignInProblem(SignInProblem.Kind.INVALID_INPUT, "Enter the " + length + "-digit code.");
		}
		this.limits.check(pending.phoneNumber(), address);
		SignInResult result;
		try {
			result = this.cognito.answer(pending.challenge(), digits);
		}
		catch (SignInProblem ex) {
			session().removeAttribute(PendingSignIn.SESSION_KEY);
			throw ex;
		}
		return switch (result) {
			case SignInResult.NextChallenge next -> {
				session().setAttribute(PendingSignIn.SESSION_KEY, pending.next(next.challenge()));
				int left = next.challenge().attemptsLeft();
				throw new SignInProblem(SignInProblem.Kind.INVALID_INPUT,
						"That code is not right. " + left + (left == 1 ? " attempt" : " attempts") + " left.");
			}
			case SignInResult.SignedIn signedIn -> complete(signedIn.tokens());
		};
	}

	/** The code step's state, if a sign-in is in progress. */
	public Optional<SignInStep> currentStep() {
		return pending().map(this::step);
	}

	/** Forgets the sign-in in progress ("use a different number"). */
	public void cancel() {
		session().removeAttribute(PendingSignIn.SESSION_KEY);
	}

	private String complete(CognitoTokens tokens) {
		session().removeAttribute(PendingSignIn.SESSION_KEY);
		CognitoUser user;
		try {
			user = this.verifier.verify(tokens);
		}
		catch (JwtException ex) {
			throw new SignInProblem(SignInProblem.Kind.UNAVAILABLE,
					"Sign-in could not be completed. Please try again.");
		}
		return this.completion.begin(VaadinServletRequest.getCurrent(), user, tokens);
	}

	private SignInStep send(String phone) {
		PendingSignIn pending = new PendingSignIn(phone, this.cognito.start(phone), this.clock.instant());
		session().setAttribute(PendingSignIn.SESSION_KEY, pending);
		return step(pending);
	}

	private void limitSending(String phone, String address) {
		this.limits.sendFrom(address);
		this.limits.sendTo(phone);
	}

	private SignInStep step(PendingSignIn pending) {
		return new SignInStep(MaskedPhone.of(pending.phoneNumber()), pending.challenge().codeLength(),
				pending.challenge().attemptsLeft(), resendIn(pending));
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
		return new SignInProblem(SignInProblem.Kind.SESSION_EXPIRED, "Enter your phone number to get a code.");
	}

	private static WrappedSession session() {
		return VaadinSession.getCurrent().getSession();
	}

}
