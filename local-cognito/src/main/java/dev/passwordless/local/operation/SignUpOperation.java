package dev.passwordless.local.operation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * SignUp in a pool with the phone number as user name: the user gets a UUID user name (=
 * sub), the phone becomes an attribute, Pre sign-up decides on confirmation (reference
 * {@code docs/cognito-custom-auth.md} 3.5 and 4).
 */
final class SignUpOperation implements Operation {

	/** Cognito's own phone format check; the trigger applies the real rules. */
	static final Pattern PHONE = Pattern.compile("\\+[0-9]{4,15}");

	private final AppClient client;

	private final UserStore users;

	private final PreSignUp preSignUp;

	private final Clock clock;

	private final boolean open;

	/**
	 * @param open false when only administrators create users
	 * ({@code AllowAdminCreateUserOnly=true}): every SignUp is refused
	 */
	SignUpOperation(AppClient client, UserStore users, PreSignUp preSignUp, Clock clock, boolean open) {
		this.client = client;
		this.users = users;
		this.preSignUp = preSignUp;
		this.clock = clock;
		this.open = open;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.client.check(request.required("ClientId", 128));
		String phone = request.required("Username", 128);
		this.client.checkSecretHash(phone, request.optional("SecretHash", 128));
		String password = request.required("Password", 256);
		Map<String, String> submitted = request.attributes("UserAttributes");
		Map<String, String> validationData = request.attributes("ValidationData");
		Map<String, String> clientMetadata = request.map("ClientMetadata");
		if (!this.open) {
			// docs/cognito-custom-auth.md 11.1: the pool's setting, checked once the
			// client
			// is known (inferred order), before the user or the trigger are looked at
			throw CognitoException.notAuthorized("SignUp is not permitted for this user pool.");
		}
		if (!PHONE.matcher(phone).matches()) {
			throw CognitoException.invalidParameter("Username should be a phone number.");
		}
		PasswordPolicy.check(password);
		// the client's write attributes, and the phone number when it repeats the user
		// name
		submitted.keySet()
			.stream()
			.filter((name) -> !name.equals("phone_number") && !this.client.mayWrite(name))
			.findFirst()
			.ifPresent((name) -> {
				throw CognitoException.invalidParameter("Attributes did not conform to the schema: " + name
						+ ": Attribute does not exist in the schema.");
			});
		if (submitted.containsKey("phone_number") && !phone.equals(submitted.get("phone_number"))) {
			throw CognitoException.invalidParameter("Invalid phone number format.");
		}
		if (this.users.find(phone).isPresent()) {
			throw usernameExists();
		}
		String sub = UUID.randomUUID().toString();
		Map<String, String> attributes = new LinkedHashMap<>(submitted);
		attributes.put("phone_number", phone);
		PreSignUp.Decision decision = this.preSignUp.decide(PreSignUp.SIGN_UP, sub, attributes, validationData,
				clientMetadata);
		attributes.put("sub", sub);
		attributes.put("phone_number_verified", Boolean.toString(decision.autoVerifyPhone()));
		Instant now = this.clock.instant();
		String status = decision.autoConfirmUser() ? "CONFIRMED" : "UNCONFIRMED";
		if (!this.users.insert(new User(sub, phone, attributes, status, true, now, now))) {
			throw usernameExists();
		}
		ObjectNode response = Responses.empty();
		response.put("UserConfirmed", decision.autoConfirmUser());
		response.put("UserSub", sub);
		return response;
	}

	private static CognitoException usernameExists() {
		return new CognitoException("UsernameExistsException",
				"An account with the given phone_number already exists.");
	}

}
