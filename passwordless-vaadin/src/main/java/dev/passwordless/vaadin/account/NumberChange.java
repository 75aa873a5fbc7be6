package dev.passwordless.vaadin.account;

import java.io.Serializable;

import dev.passwordless.vaadin.cognito.Challenge;

/**
 * A change of number in progress (decision 005): the new number, and the code sent to it.
 *
 * @param newNumber the new number (E.164)
 * @param challenge the code asked for; its Cognito session stays on the server
 */
public record NumberChange(String newNumber, Challenge challenge) implements Serializable {

	/** What answering a code of a number change led to. */
	public sealed interface Answer {

	}

	/** The code was wrong; this many answers are left. */
	public record WrongCode(NumberChange change, int attemptsLeft) implements Answer {
	}

	/**
	 * The code was right: the account's number is the new one, and this location signs
	 * the browser in again with it.
	 */
	public record Changed(String completion) implements Answer {
	}

}
