package dev.passwordless.triggers.challenge;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.passwordless.rules.Refusal;

/**
 * A number change a person asked for (decision 005): the app starts a custom-auth sign-in
 * with {@code ClientMetadata} {@code {"purpose": "change-number", "newPhoneNumber":
 * "+12025550177"}}, which Cognito passes to Pre authentication (as
 * {@code validationData}), and sends the same with each answer, which Cognito passes to
 * Define, Create, Verify and Post authentication. Without that purpose a sign-in is an
 * ordinary one.
 *
 * @param newPhoneNumber the new number, in E.164
 * @see "docs/decisions/005-number-change-with-one-code.md"
 */
public record NumberChange(String newPhoneNumber) {

	/** The client metadata key that names what the sign-in is for. */
	public static final String PURPOSE = "purpose";

	/** The {@value #PURPOSE} of a number change. */
	public static final String CHANGE_NUMBER = "change-number";

	/** The client metadata key of the new number. */
	public static final String NEW_PHONE_NUMBER = "newPhoneNumber";

	/** E.164: a plus, a non-zero digit, at most 15 digits in all. */
	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

	/**
	 * Reads the number change a request asks for.
	 * @param clientMetadata the request's {@code clientMetadata}, possibly null
	 * @param currentPhoneNumber the user's {@code phone_number}, possibly null
	 * @return the change, or empty when the request asks for none
	 * @throws NumberChangeRefusedException when it asks for one with a new number that is
	 * not in E.164 ({@link Refusal.Reason#PHONE_INVALID}) or is the current one
	 * ({@link Refusal.Reason#NUMBER_TAKEN}: it belongs to an account, this one)
	 */
	public static Optional<NumberChange> requested(Map<String, String> clientMetadata, String currentPhoneNumber) {
		if (clientMetadata == null || !CHANGE_NUMBER.equals(clientMetadata.get(PURPOSE))) {
			return Optional.empty();
		}
		String number = clientMetadata.get(NEW_PHONE_NUMBER);
		if (number == null || !E164.matcher(number).matches()) {
			throw new NumberChangeRefusedException(Refusal.Reason.PHONE_INVALID);
		}
		if (number.equals(currentPhoneNumber)) {
			throw new NumberChangeRefusedException(Refusal.Reason.NUMBER_TAKEN);
		}
		return Optional.of(new NumberChange(number));
	}

}
