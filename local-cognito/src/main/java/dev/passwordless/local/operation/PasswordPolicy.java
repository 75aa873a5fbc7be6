package dev.passwordless.local.operation;

import dev.passwordless.local.http.CognitoException;

/**
 * The pool's password policy, the same as the deployed stack's: nobody ever signs in with
 * a password here (custom auth only), but SignUp still requires one (reference
 * {@code docs/cognito-custom-auth.md} 9), so it may as well be strict.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 16;

	private PasswordPolicy() {
	}

	static void check(String password) {
		String problem = null;
		if (password.length() < MIN_LENGTH) {
			problem = "Password not long enough";
		}
		else if (password.chars().noneMatch(Character::isUpperCase)) {
			problem = "Password must have uppercase characters";
		}
		else if (password.chars().noneMatch(Character::isLowerCase)) {
			problem = "Password must have lowercase characters";
		}
		else if (password.chars().noneMatch((c) -> c >= '0' && c <= '9')) {
			problem = "Password must have numeric characters";
		}
		else if (password.chars().allMatch(Character::isLetterOrDigit)) {
			problem = "Password must have symbol characters";
		}
		if (problem != null) {
			throw new CognitoException("InvalidPasswordException", "Password did not conform with policy: " + problem);
		}
	}

}
