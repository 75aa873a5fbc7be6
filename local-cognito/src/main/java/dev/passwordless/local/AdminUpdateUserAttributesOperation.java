package dev.passwordless.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** AdminUpdateUserAttributes for the attributes this pool has. */
final class AdminUpdateUserAttributesOperation implements Operation {

	private static final Set<String> MUTABLE = Set.of("name", "phone_number", "phone_number_verified");

	private final Pool pool;

	AdminUpdateUserAttributesOperation(Pool pool) {
		this.pool = pool;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.checkPool(request.required("UserPoolId", 55));
		User user = this.pool.user(request.required("Username", 128));
		Map<String, String> changes = request.attributes("UserAttributes");
		if (changes.isEmpty()) {
			throw CognitoException.invalidParameter("1 validation error detected: Value null at 'userAttributes' "
					+ "failed to satisfy constraint: Member must not be null");
		}
		Map<String, String> attributes = new LinkedHashMap<>(user.attributes());
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
		String phone = attributes.get("phone_number");
		if (!SignUpOperation.PHONE.matcher(phone).matches()) {
			throw CognitoException.invalidParameter("Invalid phone number format.");
		}
		if (changes.containsKey("phone_number") && !phone.equals(user.phoneNumber())) {
			if (this.pool.store.find(phone).isPresent()) {
				throw new CognitoException("AliasExistsException",
						"An account with the given phone_number already exists.");
			}
			if (!changes.containsKey("phone_number_verified")) {
				attributes.put("phone_number_verified", "false");
			}
		}
		String verified = attributes.get("phone_number_verified");
		if (!"true".equals(verified) && !"false".equals(verified)) {
			throw CognitoException.invalidParameter("phone_number_verified must be true or false");
		}
		this.pool.store.updateAttributes(user.username(), attributes, this.pool.clock.instant());
		return this.pool.object();
	}

}
