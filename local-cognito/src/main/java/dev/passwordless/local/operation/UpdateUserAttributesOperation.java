package dev.passwordless.local.operation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * UpdateUserAttributes: the signed-in user changes the attributes the app client may
 * write ({@code name}, {@code locale}); nothing here needs verifying, so the answer is an
 * empty {@code CodeDeliveryDetailsList} (reference {@code docs/cognito-custom-auth.md}
 * 11.7). {@code ClientMetadata} is read and ignored: no trigger of this pool runs here.
 */
final class UpdateUserAttributesOperation implements Operation {

	/**
	 * The attributes every user pool has (the OpenID Connect standard ones and Cognito's
	 * own): writing one the client may not write is refused as unauthorized, any other
	 * name does not exist in this pool's schema.
	 */
	private static final Set<String> STANDARD = Set.of("address", "birthdate", "email", "email_verified", "family_name",
			"gender", "given_name", "locale", "middle_name", "name", "nickname", "phone_number",
			"phone_number_verified", "picture", "preferred_username", "profile", "sub", "updated_at", "website",
			"zoneinfo");

	/** The pool's required attributes besides the phone number (the user name). */
	private static final Set<String> REQUIRED = Set.of("name");

	private final Tokens tokens;

	private final AppClient client;

	private final UserStore users;

	private final Clock clock;

	UpdateUserAttributesOperation(Tokens tokens, AppClient client, UserStore users, Clock clock) {
		this.tokens = tokens;
		this.client = client;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String subject = this.tokens.verifyAccessToken(request.required("AccessToken", 8192)).getSubject();
		Map<String, String> changes = request.attributes("UserAttributes");
		request.map("ClientMetadata");
		if (changes.isEmpty()) {
			throw CognitoException.invalidParameter("1 validation error detected: Value null at 'userAttributes' "
					+ "failed to satisfy constraint: Member must not be null");
		}
		User user = this.users.find(subject).orElseThrow(CognitoException::userNotFound);
		if (!user.enabled()) {
			// inferred: an access token of a disabled user is revoked already (11.5)
			throw CognitoException.notAuthorized("User is disabled.");
		}
		changes.keySet()
			.stream()
			.filter((name) -> !STANDARD.contains(name) && !name.startsWith("cognito:"))
			.findFirst()
			.ifPresent((name) -> {
				throw CognitoException.invalidParameter("Attributes did not conform to the schema: " + name
						+ ": Attribute does not exist in the schema.");
			});
		this.client.checkWritable(changes.keySet());
		Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
		changes.forEach((name, value) -> {
			if (value == null || value.isEmpty()) {
				// a blank value deletes the attribute, unless the pool requires it
				if (REQUIRED.contains(name)) {
					throw CognitoException.invalidParameter(
							"Attributes did not conform to the schema: " + name + ": The attribute is required");
				}
				attributes.remove(name);
			}
			else {
				attributes.put(name, value);
			}
		});
		this.users.updateAttributes(user.username(), attributes, this.clock.instant());
		ObjectNode response = Responses.empty();
		response.putArray("CodeDeliveryDetailsList");
		return response;
	}

}
