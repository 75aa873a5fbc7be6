package dev.passwordless.local.operation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.sns.SmsSink;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * AdminCreateUser in a pool with the phone number as user name: the user gets a UUID user
 * name (= sub) and the status {@code FORCE_CHANGE_PASSWORD}; Pre sign-up runs as
 * {@code PreSignUp_AdminCreateUser}. Without a {@code MessageAction} the invitation (the
 * number and a temporary password) goes to the outbox as Cognito's default SMS
 * invitation; {@code SUPPRESS} sends nothing; {@code RESEND} sends it again to a user
 * still in {@code FORCE_CHANGE_PASSWORD} (reference {@code docs/cognito-custom-auth.md}
 * 11.2).
 */
final class AdminCreateUserOperation implements Operation {

	static final String FORCE_CHANGE_PASSWORD = "FORCE_CHANGE_PASSWORD";

	private static final Set<String> WRITABLE = Set.of("name", "phone_number", "phone_number_verified", "locale");

	private static final List<String> MESSAGE_ACTIONS = List.of("RESEND", "SUPPRESS");

	private final UserPoolId pool;

	private final UserStore users;

	private final PreSignUp preSignUp;

	private final SmsSink invitations;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AdminCreateUserOperation(UserPoolId pool, UserStore users, PreSignUp preSignUp, SmsSink invitations, Clock clock) {
		this.pool = pool;
		this.users = users;
		this.preSignUp = preSignUp;
		this.invitations = invitations;
		this.clock = clock;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		String phone = request.required("Username", 128);
		Map<String, String> submitted = request.attributes("UserAttributes");
		Map<String, String> validationData = request.attributes("ValidationData");
		Map<String, String> clientMetadata = request.map("ClientMetadata");
		String temporaryPassword = request.optional("TemporaryPassword", 256);
		String action = request.optional("MessageAction", 16);
		request.strings("DesiredDeliveryMediums");
		if (action != null && !MESSAGE_ACTIONS.contains(action)) {
			throw CognitoException.invalidParameter("1 validation error detected: Value '" + action
					+ "' at 'messageAction' failed to satisfy constraint: Member must satisfy enum value set: "
					+ MESSAGE_ACTIONS);
		}
		if (!SignUpOperation.PHONE.matcher(phone).matches()) {
			// inferred: SignUp's words for the same check
			throw CognitoException.invalidParameter("Username should be a phone number.");
		}
		if (temporaryPassword != null) {
			PasswordPolicy.check(temporaryPassword);
		}
		if ("RESEND".equals(action)) {
			return resend(phone, temporaryPassword);
		}
		Map<String, String> attributes = attributes(phone, submitted);
		if (this.users.find(phone).isPresent()) {
			throw usernameExists();
		}
		String sub = UUID.randomUUID().toString();
		PreSignUp.Decision decision = this.preSignUp.decide(PreSignUp.ADMIN_CREATE_USER, sub, attributes,
				validationData, clientMetadata);
		attributes.put("sub", sub);
		attributes.putIfAbsent("phone_number_verified", Boolean.toString(decision.autoVerifyPhone()));
		Instant now = this.clock.instant();
		User user = new User(sub, phone, attributes, FORCE_CHANGE_PASSWORD, true, now, now);
		if (!this.users.insert(user)) {
			throw usernameExists();
		}
		if (action == null) {
			invite(phone, temporaryPassword);
		}
		return answer(user);
	}

	private ObjectNode resend(String phone, String temporaryPassword) {
		User user = this.users.find(phone).orElseThrow(CognitoException::userNotFound);
		if (!FORCE_CHANGE_PASSWORD.equals(user.status())) {
			// inferred wording
			throw new CognitoException("UnsupportedUserStateException",
					"Resend not possible. " + user.username() + " status is not FORCE_CHANGE_PASSWORD");
		}
		invite(phone, temporaryPassword);
		return answer(user);
	}

	private static Map<String, String> attributes(String phone, Map<String, String> submitted) {
		submitted.keySet().stream().filter((name) -> !WRITABLE.contains(name)).findFirst().ifPresent((name) -> {
			throw CognitoException.invalidParameter(
					"Attributes did not conform to the schema: " + name + ": Attribute does not exist in the schema.");
		});
		if (submitted.containsKey("phone_number") && !phone.equals(submitted.get("phone_number"))) {
			throw CognitoException.invalidParameter("Invalid phone number format.");
		}
		String verified = submitted.get("phone_number_verified");
		if (verified != null && !verified.equals("true") && !verified.equals("false")) {
			throw CognitoException.invalidParameter("phone_number_verified must be true or false");
		}
		Map<String, String> attributes = new LinkedHashMap<>(submitted);
		attributes.put("phone_number", phone);
		return attributes;
	}

	/** Cognito's default SMS invitation, with a temporary password nobody else sees. */
	private void invite(String phone, String temporaryPassword) {
		String password = (temporaryPassword != null) ? temporaryPassword : temporaryPassword();
		this.invitations.accept(phone, "Your username is " + phone + " and temporary password is " + password + ".",
				this.clock.instant());
	}

	/** Meets the password policy: 16+ characters, upper, lower, digit and symbol. */
	private String temporaryPassword() {
		byte[] bytes = new byte[12];
		this.random.nextBytes(bytes);
		return "Aa1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static ObjectNode answer(User user) {
		ObjectNode response = Responses.empty();
		response.set("User", Responses.user(user, "Attributes"));
		return response;
	}

	private static CognitoException usernameExists() {
		// inferred wording (AdminCreateUser's, not SignUp's)
		return new CognitoException("UsernameExistsException", "User account already exists");
	}

}
