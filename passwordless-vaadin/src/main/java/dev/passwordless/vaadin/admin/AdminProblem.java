package dev.passwordless.vaadin.admin;

/**
 * An administrative action Cognito refused or could not take, with the words for the
 * administrator (a message key of {@code passwordless/messages}). A refusal changes
 * nothing; a failure part-way through a change of groups may have added groups (see
 * {@link CognitoAdministration#setGroups}).
 */
public class AdminProblem extends RuntimeException {

	/** What went wrong. */
	public enum Kind {

		/** The app has no AWS credentials, or they are not allowed the action. */
		NOT_ALLOWED,

		/** The number already belongs to someone in the pool. */
		NUMBER_TAKEN,

		/** The person is no longer in the pool. */
		GONE,

		/** Refused by the rules of the administration (the last administrator...). */
		REFUSED,

		/** Cognito could not be reached or failed. */
		UNAVAILABLE

	}

	private final Kind kind;

	/**
	 * @param kind what went wrong
	 * @param key the message key
	 */
	public AdminProblem(Kind kind, String key) {
		super(key, null, false, false);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The message key of the words for the administrator. */
	public String key() {
		return getMessage();
	}

}
