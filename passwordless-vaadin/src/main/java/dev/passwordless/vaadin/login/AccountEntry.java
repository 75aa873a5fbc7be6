package dev.passwordless.vaadin.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.security.CognitoTokenVerifier;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.LastSignIns;
import dev.passwordless.vaadin.security.SignInRoutes;
import org.springframework.dao.DataAccessException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Entering the account once a code has proved the number. Phone numbers are given to new
 * people after their owners give them up, so an account is not entered silently when it
 * may be someone else's: when a registration found an account for the number already, or
 * when the account has not been signed in to for longer than carriers wait before they
 * give a number to someone else ({@code passwordless.number-reassignment-after}), the
 * person is told that an account exists for the number and chooses: continue to it, or
 * not (then its tokens are revoked and an administrator can give them an account of their
 * own). Only someone who has just proved the number by its code learns that an account
 * exists for it.
 */
public class AccountEntry {

	private final CognitoTokenVerifier verifier;

	private final CognitoAuthClient cognito;

	private final LastSignIns lastSignIns;

	private final SignInSession session;

	private final Duration reassignmentAfter;

	private final Clock clock;

	AccountEntry(CognitoTokenVerifier verifier, CognitoAuthClient cognito, LastSignIns lastSignIns,
			SignInSession session, Duration reassignmentAfter, Clock clock) {
		this.verifier = verifier;
		this.cognito = cognito;
		this.lastSignIns = lastSignIns;
		this.session = session;
		this.reassignmentAfter = reassignmentAfter;
		this.clock = clock;
	}

	/**
	 * After the right code: the location that completes the sign-in, or the view that
	 * asks first.
	 */
	String afterCode(CognitoTokens tokens, boolean staySignedIn, boolean registeredExisting) {
		CognitoUser user;
		try {
			user = this.verifier.verify(tokens);
		}
		catch (JwtException ex) {
			throw new SignInProblem(SignInProblem.Kind.UNAVAILABLE, "passwordless.sign-in.not-completed");
		}
		if (registeredExisting || idle(tokens.username())) {
			this.session.keep(new UnconfirmedAccount(user, tokens, staySignedIn));
			return SignInRoutes.EXISTING_ACCOUNT;
		}
		return this.session.beginCompletion(user, tokens, staySignedIn);
	}

	/** The account waiting for the person's answer, if any. */
	public Optional<UnconfirmedAccount> waiting() {
		return this.session.unconfirmedAccount();
	}

	/**
	 * The person says the account is theirs.
	 * @return the location that completes the sign-in
	 */
	public String continueToIt() {
		UnconfirmedAccount account = this.session.unconfirmedAccount()
			.orElseThrow(() -> new SignInProblem(SignInProblem.Kind.SESSION_EXPIRED, "passwordless.code.no-sign-in"));
		this.session.forgetUnconfirmedAccount();
		return this.session.beginCompletion(account.user(), account.tokens(), account.staySignedIn());
	}

	/**
	 * The person says the account is not theirs: nothing is entered, its tokens revoked.
	 */
	public void decline() {
		this.session.unconfirmedAccount().ifPresent((account) -> {
			this.session.forgetUnconfirmedAccount();
			this.cognito.revoke(account.tokens().refreshToken());
		});
	}

	/**
	 * Whether the account was last signed in to longer ago than numbers are kept for
	 * their owners; a database that cannot tell counts as idle (the person is asked).
	 */
	private boolean idle(String username) {
		try {
			return this.lastSignIns.of(username)
				.filter((at) -> at.plus(this.reassignmentAfter).isBefore(this.clock.instant()))
				.isPresent();
		}
		catch (DataAccessException ex) {
			return true;
		}
	}

}
