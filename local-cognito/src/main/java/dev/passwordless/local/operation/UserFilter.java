package dev.passwordless.local.operation;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.local.http.CognitoException;

/**
 * ListUsers' filter on one attribute: {@code phone_number = "+1…"} (exact) or
 * {@code name ^= "Ad"} (prefix).
 *
 * @param attribute the attribute, or null for no filter
 * @param value the value to match
 * @param prefix whether the value is a prefix
 */
record UserFilter(String attribute, String value, boolean prefix) {

	private static final Pattern FILTER = Pattern.compile("\\s*([\\w:]+)\\s*(\\^?=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

	private static final Set<String> SEARCHABLE = Set.of("username", "phone_number", "name", "sub",
			"cognito:user_status", "status", "email", "given_name", "family_name", "preferred_username");

	/**
	 * @param filter the request's Filter; null or blank for none
	 * @throws CognitoException {@code InvalidParameterException} when it cannot be parsed
	 * or names an attribute Cognito does not search
	 */
	static UserFilter parse(String filter) {
		if (filter == null || filter.isBlank()) {
			return new UserFilter(null, null, false);
		}
		Matcher matcher = FILTER.matcher(filter);
		if (!matcher.matches()) {
			throw CognitoException.invalidParameter("Error while parsing filter.");
		}
		String attribute = matcher.group(1);
		if (!SEARCHABLE.contains(attribute)) {
			throw CognitoException.invalidParameter("Invalid search attribute: " + attribute);
		}
		return new UserFilter(attribute, matcher.group(3).replaceAll("\\\\(.)", "$1"), matcher.group(2).equals("^="));
	}

}
