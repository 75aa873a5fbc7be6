package dev.passwordless.local;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SignUp in a pool with the phone number as user name: the user gets a UUID user name (=
 * sub), the phone becomes an attribute, Pre sign-up decides on confirmation (reference
 * 3.5 and 4).
 */
final class SignUpOperation implements Operation {

	/** Cognito's own phone format check; the trigger applies the real rules. */
	static final Pattern PHONE = Pattern.compile("\\+[0-9]{4,15}");

	private static final Set<String> WRITABLE = Set.of("name", "phone_number");

	private final Pool pool;

	SignUpOperation(Pool pool) {
		this.pool = pool;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.checkClient(request.required("ClientId", 128));
		String phone = request.required("Username", 128);
		String password = request.required("Password", 256);
		Map<String, String> submitted = request.attributes("UserAttributes");
		Map<String, String> clientMetadata = request.map("ClientMetadata");
		if (!PHONE.matcher(phone).matches()) {
			throw CognitoException.invalidParameter("Username should be a phone number.");
		}
		PasswordPolicy.check(password);
		submitted.keySet().stream().filter((name) -> !WRITABLE.contains(name)).findFirst().ifPresent((name) -> {
			throw CognitoException.invalidParameter(
					"Attributes did not conform to the schema: " + name + ": Attribute does not exist in the schema.");
		});
		if (submitted.containsKey("phone_number") && !phone.equals(submitted.get("phone_number"))) {
			throw CognitoException.invalidParameter("Invalid phone number format.");
		}
		if (this.pool.store.find(phone).isPresent()) {
			throw new CognitoException("UsernameExistsException",
					"An account with the given phone_number already exists.");
		}
		String sub = UUID.randomUUID().toString();
		Map<String, String> attributes = new LinkedHashMap<>(submitted);
		attributes.put("phone_number", phone);
		boolean[] flags = preSignUp(sub, attributes, request, clientMetadata);
		boolean confirmed = flags[0];
		if (flags[1] && !confirmed) {
			throw CognitoException
				.invalidParameter("Phone or email cannot be auto verified, when user is not being auto confirmed.");
		}
		attributes.put("sub", sub);
		attributes.put("phone_number_verified", Boolean.toString(flags[1]));
		Instant now = this.pool.clock.instant();
		User user = new User(sub, phone, attributes, confirmed ? "CONFIRMED" : "UNCONFIRMED", true, now, now);
		if (!this.pool.store.insert(user)) {
			throw new CognitoException("UsernameExistsException",
					"An account with the given phone_number already exists.");
		}
		ObjectNode response = this.pool.object();
		response.put("UserConfirmed", confirmed);
		response.put("UserSub", sub);
		return response;
	}

	/**
	 * @return {autoConfirmUser, autoVerifyPhone}
	 */
	private boolean[] preSignUp(String sub, Map<String, String> attributes, JsonRequest request,
			Map<String, String> clientMetadata) {
		if (!this.pool.triggers.has(Triggers.PRE_SIGN_UP)) {
			return new boolean[] { false, false };
		}
		ObjectNode event = Triggers.event(this.pool.json, this.pool.config, "PreSignUp_SignUp", sub);
		ObjectNode eventRequest = (ObjectNode) event.get("request");
		ObjectNode userAttributes = eventRequest.putObject("userAttributes");
		attributes.forEach(userAttributes::put);
		Map<String, String> validationData = request.attributes("ValidationData");
		if (validationData.isEmpty()) {
			eventRequest.putNull("validationData");
		}
		else {
			ObjectNode data = eventRequest.putObject("validationData");
			validationData.forEach(data::put);
		}
		if (!clientMetadata.isEmpty()) {
			ObjectNode metadata = eventRequest.putObject("clientMetadata");
			clientMetadata.forEach(metadata::put);
		}
		event.putObject("response")
			.put("autoConfirmUser", false)
			.put("autoVerifyEmail", false)
			.put("autoVerifyPhone", false);
		ObjectNode response = this.pool.triggers.invoke(Triggers.PRE_SIGN_UP, event);
		return new boolean[] { response.path("autoConfirmUser").asBoolean(false),
				response.path("autoVerifyPhone").asBoolean(false) };
	}

}
