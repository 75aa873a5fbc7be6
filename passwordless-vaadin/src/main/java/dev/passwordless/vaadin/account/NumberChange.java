package dev.passwordless.vaadin.account;

import java.io.Serializable;

import dev.passwordless.vaadin.cognito.Challenge;

/**
 * A change of number in progress (decision 005): the new number, and the code asked for
 * now: the one sent to the new number; or, where Cognito did not run Pre authentication,
 * first the current number's, then the new number's (decision 004).
 *
 * @param newNumber the new number (E.164)
 * @param challenge the code asked for now; its Cognito session stays on the server
 */
public record NumberChange(String newNumber, Challenge challenge) implements Serializable {

	/** Whether the code asked for now went to the new number. */
	public boolean toNewNumber() {
		return this.challenge.toNewNumber();
	}

	/** What answering a code of a number change led to. */
	public sealed interface Answer {

	}

	/**
	 * The current number's code was right (decision 004's first round): a code went to
	 * the new number.
	 */
	public record CodeToNewNumber(NumberChange change) implements Answer {
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
