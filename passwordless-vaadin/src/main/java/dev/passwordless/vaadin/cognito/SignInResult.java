package dev.passwordless.vaadin.cognito;

/**
 * What Cognito answered to a code: the person is signed in, or the code was wrong and
 * another challenge follows.
 */
public sealed interface SignInResult {

	/**
	 * The code was right.
	 *
	 * @param tokens the new tokens, kept on the server only
	 */
	record SignedIn(CognitoTokens tokens) implements SignInResult {
	}

	/**
	 * The code was wrong; the person may try again.
	 *
	 * @param challenge the next challenge, with one attempt less
	 */
	record NextChallenge(Challenge challenge) implements SignInResult {
	}

}
