package dev.passwordless.local.operation;

import java.util.regex.Pattern;

import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.store.Group;
import dev.passwordless.local.store.GroupStore;

/** The {@code GroupName} member the group operations share, checked as Cognito does. */
final class GroupName {

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");

	private GroupName() {
	}

	/**
	 * @throws CognitoException {@code InvalidParameterException} when missing or not a
	 * valid name
	 */
	static String of(JsonRequest request) {
		String name = request.required("GroupName", 128);
		if (!NAME.matcher(name).matches()) {
			throw CognitoException.invalidParameter("1 validation error detected: Value '" + name
					+ "' at 'groupName' failed to satisfy constraint: Member must satisfy regular expression pattern");
		}
		return name;
	}

	/**
	 * @throws CognitoException {@code ResourceNotFoundException} when there is no such
	 * group
	 */
	static Group existing(JsonRequest request, GroupStore groups) {
		return groups.find(of(request)).orElseThrow(() -> CognitoException.resourceNotFound("Group not found."));
	}

}
