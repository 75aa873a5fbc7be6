package dev.passwordless.vaadin.account;

import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.cognito.SignInResult;
import dev.passwordless.vaadin.login.CodeInput;
import dev.passwordless.vaadin.login.SignInPolicy;
import dev.passwordless.vaadin.login.SignInRateLimits;
import dev.passwordless.vaadin.login.SignInSession;
import dev.passwordless.vaadin.login.TypedNumber;
import dev.passwordless.vaadin.security.CognitoTokenVerifier;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.FreshSignIn;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Moving an account to a new number, as decision 005 chose: after a fresh sign-in, one
 * custom-auth sign-in whose client metadata names the new number, so that its one code
 * goes to the new number; with that code right, the Post authentication trigger moves the
 * account. The code is under the same limits as a sign-in's, for the new number. Once
 * moved, the browser signs in again with tokens that name the new number.
 * <p>
 * Where Cognito does not run Pre authentication (reported for CUSTOM_AUTH), the first
 * code goes to the current number and a second to the new one, as decision 004 had it.
 *
 * @see "docs/decisions/005-number-change-with-one-code.md"
 */
public class NumberChanges {

	private final CognitoAuthClient cognito;

	private final CognitoTokenVerifier verifier;

	private final SignInPolicy policy;

	private final SignInRateLimits limits;

	private final SignInSession session;

	private final FreshSignIn fresh;

	public NumberChanges(CognitoAuthClient cognito, CognitoTokenVerifier verifier, SignInPolicy policy,
			SignInRateLimits limits, SignInSession session, FreshSignIn fresh) {
		this.cognito = cognito;
		this.verifier = verifier;
		this.policy = policy;
		this.limits = limits;
		this.session = session;
		this.fresh = fresh;
	}

	/**
	 * Sends the code to the new number.
	 * @throws SignInProblem {@code SESSION_EXPIRED} without a fresh sign-in (the current
	 * number, or a passkey, proved within the step-up's time), for a number registration
	 * would refuse, the same number, a limit, or Cognito away
	 */
	NumberChange start(CognitoUser user, CognitoTokens tokens, TypedNumber typed) {
		if (!this.fresh.holdsNow()) {
			throw new SignInProblem(SignInProblem.Kind.SESSION_EXPIRED, "passwordless.code.step-up");
		}
		String number = this.policy.e164(typed);
		if (number.equals(user.phoneNumber())) {
			throw new SignInProblem(SignInProblem.Kind.INVALID_INPUT, "passwordless.account.same-number");
		}
		limitSending(number);
		return new NumberChange(number, this.cognito.startNumberChange(tokens, number));
	}

	NumberChange.Answer answer(NumberChange change, String code) {
		int length = change.challenge().codeLength();
		String digits = CodeInput.find(code, length)
			.orElseThrow(() -> new SignInProblem(SignInProblem.Kind.INVALID_INPUT, "passwordless.code.digits", length));
		if (!change.toNewNumber()) {
			// decision 004's first round: a right answer sends the next code to the new
			// number
			limitSending(change.newNumber());
		}
		SignInResult result = this.cognito.answer(change.challenge(), digits,
				CognitoAuthClient.changeOfNumber(change.newNumber()));
		return switch (result) {
			case SignInResult.NextChallenge next when next.challenge().toNewNumber() && !change.toNewNumber() ->
				new NumberChange.CodeToNewNumber(new NumberChange(change.newNumber(), next.challenge()));
			case SignInResult.NextChallenge next -> new NumberChange.WrongCode(
					new NumberChange(change.newNumber(), next.challenge()), next.challenge().attemptsLeft());
			case SignInResult.SignedIn signedIn -> changed(signedIn.tokens());
		};
	}

	/** The account has the new number: tokens that say so, and a sign-in with them. */
	private NumberChange.Changed changed(CognitoTokens tokens) {
		// the tokens were made before Post authentication moved the number
		CognitoTokens fresh = this.cognito.refresh(tokens);
		CognitoUser moved;
		try {
			moved = this.verifier.verify(fresh);
		}
		catch (JwtException ex) {
			throw new SignInProblem(SignInProblem.Kind.UNAVAILABLE, "passwordless.sign-in.not-completed");
		}
		return new NumberChange.Changed(this.session.beginCompletion(moved, fresh, false));
	}

	private void limitSending(String phone) {
		this.limits.sendFrom(this.session.clientAddress());
		this.limits.sendTo(phone, this.session.clientAddress(), this.session.isKnownDevice(phone));
	}

}
