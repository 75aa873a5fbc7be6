package dev.passwordless.triggers.challenge;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.passwordless.rules.Refusal;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.signup.PhoneNumbers;

/**
 * Create's rounds of a number change (decision 005): the new number is checked as Pre
 * sign-up checks a number (a configured test number excepted, as there), refused when it
 * belongs to an account, and then sent a code of its own by
 * {@link CodeIssuer#issueToNewNumber}, through the same limits and budget as a sign-in.
 *
 * @see "docs/decisions/005-number-change-with-one-code.md"
 */
public final class NewNumberRound {

	private final TriggerSettings settings;

	private final NumberOwners owners;

	private final CodeIssuer issuer;

	/**
	 * @param settings the allowlist and the test numbers
	 * @param owners tells whether a number has an account
	 * @param issuer sends the code
	 */
	public NewNumberRound(TriggerSettings settings, NumberOwners owners, CodeIssuer issuer) {
		this.settings = settings;
		this.owners = owners;
		this.issuer = issuer;
	}

	/**
	 * Creates the challenge for a round of a number change.
	 * @param userPoolId the event's pool, where the number is looked up
	 * @param userName Cognito's internal user name
	 * @param change the change: offered to the first round by Pre authentication, named
	 * by the session's earlier rounds after that
	 * @param signedInBefore whether the account has signed in before
	 * @param locale the user's {@code locale} attribute, or null
	 * @param session the rounds so far
	 * @param log told the round's outcome
	 * @param slowAfter how long a send may take before Cognito may retry it
	 * @return the challenge
	 * @throws NumberChangeRefusedException when the number is not one codes go to, has an
	 * account ({@link Refusal.Reason#NUMBER_TAKEN}) or the limits withhold a code from it
	 */
	public IssuedChallenge issue(String userPoolId, String userName, NumberChange change, boolean signedInBefore,
			String locale, List<ChallengeRound> session, IssueLog log, Duration slowAfter) {
		String number = change.newPhoneNumber();
		Optional<Refusal.Reason> problem = this.settings.isTestNumber(number) ? Optional.empty()
				: PhoneNumbers.problem(number, this.settings.allowedCountries());
		if (problem.isEmpty() && this.owners.hasAccount(userPoolId, number)) {
			problem = Optional.of(Refusal.Reason.NUMBER_TAKEN);
		}
		if (problem.isPresent()) {
			NumberChangeRefusedException refused = new NumberChangeRefusedException(problem.get());
			log.issued("change-" + refused.getMessage(), session.size() + 1, number);
			throw refused;
		}
		return this.issuer.issueToNewNumber(userName, number, signedInBefore, locale, session, log, slowAfter);
	}

}
