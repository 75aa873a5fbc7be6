package dev.passwordless.triggers;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.passwordless.rules.Refusal;
import dev.passwordless.triggers.challenge.NumberChangeRefusedException;
import dev.passwordless.triggers.challenge.NumberOwners;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;

/**
 * What the triggers ask of Cognito's admin API, in this pool only: whether a number has
 * an account (Create, for a number change), and a user's number set or marked verified
 * (Post authentication).
 */
final class CognitoUserCalls {

	private CognitoUserCalls() {
	}

	/**
	 * Looks a number up with Cognito's {@code ListUsers} (filter
	 * {@code phone_number = "+…"}, limit 1). The client is made at the first number
	 * change, not at every start: an ordinary sign-in does not need it.
	 */
	static NumberOwners numberOwners(Supplier<CognitoIdentityProviderClient> clients) {
		AtomicReference<CognitoIdentityProviderClient> client = new AtomicReference<>();
		return (userPoolId, phoneNumber) -> {
			CognitoIdentityProviderClient cognito = client
				.updateAndGet((made) -> (made != null) ? made : clients.get());
			// an E.164 number (checked before) holds no quote to escape
			return !cognito
				.listUsers(ListUsersRequest.builder()
					.userPoolId(userPoolId)
					.filter(Events.PHONE_NUMBER + " = \"" + phoneNumber + "\"")
					.limit(1)
					.build())
				.users()
				.isEmpty();
		};
	}

	/**
	 * Sets the new number, verified: the code sent to it was right. Cognito keeps the
	 * alias unique: a number another account took in the meantime is refused with
	 * {@code AliasExistsException}, and nothing changes; the update then throws
	 * {@link NumberChangeRefusedException} ({@link Refusal.Reason#NUMBER_TAKEN}).
	 */
	static PhoneNumberUpdate numberUpdate(CognitoIdentityProviderClient cognito) {
		return (userPoolId, userName, newPhoneNumber) -> replaceNumber(cognito, userPoolId, userName, newPhoneNumber);
	}

	/** {@link #numberUpdate}'s work. */
	private static void replaceNumber(CognitoIdentityProviderClient cognito, String userPoolId, String userName,
			String newPhoneNumber) {
		try {
			cognito.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder()
				.userPoolId(userPoolId)
				.username(userName)
				.userAttributes(AttributeType.builder().name(Events.PHONE_NUMBER).value(newPhoneNumber).build(),
						AttributeType.builder().name(Events.PHONE_NUMBER_VERIFIED).value("true").build())
				.build());
		}
		catch (AliasExistsException ex) {
			throw new NumberChangeRefusedException(Refusal.Reason.NUMBER_TAKEN);
		}
	}

	/**
	 * Marks the number verified, with an override configuration (the priming mark) or
	 * none (null).
	 */
	static void markVerified(CognitoIdentityProviderClient cognito, String userPoolId, String userName,
			AwsRequestOverrideConfiguration override) {
		cognito.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder()
			.userPoolId(userPoolId)
			.username(userName)
			.userAttributes(AttributeType.builder().name(Events.PHONE_NUMBER_VERIFIED).value("true").build())
			.overrideConfiguration(override)
			.build());
	}

}
