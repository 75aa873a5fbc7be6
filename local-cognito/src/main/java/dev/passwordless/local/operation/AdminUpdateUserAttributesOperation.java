package dev.passwordless.local.operation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * AdminUpdateUserAttributes for the attributes this pool has; a new phone number is
 * unverified unless the request says otherwise. The number is the user name attribute, so
 * it moves with the user: afterwards the old number is unknown and the new one finds the
 * same user (sub, groups and refresh tokens are the user name's). A number another user
 * has is refused with {@code AliasExistsException} and nothing changes, whether or not it
 * is verified (docs/cognito-custom-auth.md 12.3).
 */
final class AdminUpdateUserAttributesOperation implements Operation {

	private static final Set<String> MUTABLE = Set.of("name", "phone_number", "phone_number_verified", "locale");

	private final PoolUsers poolUsers;

	private final UserStore users;

	private final Clock clock;

	AdminUpdateUserAttributesOperation(PoolUsers poolUsers, UserStore users, Clock clock) {
		this.poolUsers = poolUsers;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		User user = this.poolUsers.named(request);
		Map<String, String> changes = request.attributes("UserAttributes");
		if (changes.isEmpty()) {
			throw CognitoException.invalidParameter("1 validation error detected: Value null at 'userAttributes' "
					+ "failed to satisfy constraint: Member must not be null");
		}
		Map<String, String> attributes = apply(user.attributes(), changes);
		String phone = attributes.get("phone_number");
		if (!SignUpOperation.PHONE.matcher(phone).matches()) {
			throw CognitoException.invalidParameter("Invalid phone number format.");
		}
		boolean newNumber = changes.containsKey("phone_number") && !phone.equals(user.phoneNumber());
		if (newNumber) {
			if (this.users.find(phone).isPresent()) {
				throw aliasExists();
			}
			if (!changes.containsKey("phone_number_verified")) {
				attributes.put("phone_number_verified", "false");
			}
		}
		String verified = attributes.get("phone_number_verified");
		if (!"true".equals(verified) && !"false".equals(verified)) {
			throw CognitoException.invalidParameter("phone_number_verified must be true or false");
		}
		if (!this.users.updateAttributes(user.username(), attributes, this.clock.instant())) {
			if (newNumber) {
				// another user took the number since the check above
				throw aliasExists();
			}
			throw CognitoException.userNotFound();
		}
		return Responses.empty();
	}

	private static CognitoException aliasExists() {
		return new CognitoException("AliasExistsException", "An account with the given phone_number already exists.");
	}

	private static Map<String, String> apply(Map<String, String> current, Map<String, String> changes) {
		Map<String, String> attributes = new LinkedHashMap<>(current);
		changes.forEach((name, value) -> {
			if (name.equals("sub")) {
				throw CognitoException.invalidParameter("Cannot modify an immutable attribute: sub");
			}
			if (!MUTABLE.contains(name)) {
				throw CognitoException.invalidParameter("Attributes did not conform to the schema: " + name
						+ ": Attribute does not exist in the schema.");
			}
			attributes.put(name, (value != null) ? value : "");
		});
		return attributes;
	}

}
