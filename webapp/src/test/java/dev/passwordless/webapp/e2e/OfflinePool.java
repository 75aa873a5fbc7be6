package dev.passwordless.webapp.e2e;

import dev.passwordless.vaadin.admin.CognitoAdministration;

/**
 * What the browser tests do to the embedded pool besides the browser (an administrator
 * adding a group), and the numbers as people and pages write them. (A phone reads its SMS
 * through the test support's {@code Outbox}.)
 */
final class OfflinePool {

	private OfflinePool() {
	}

	/**
	 * Adds the user to the Cognito group {@code portal-users}, making it if needed, as an
	 * administrator does (signed calls).
	 */
	static void joinThePortalGroup(CognitoAdministration administration, String phone) {
		administration.ensureGroup("portal-users", "The example portal's members");
		administration.addToGroup(phone, "portal-users");
	}

	/** "(415) 555-0123", as people in the US type a number. */
	static String national(String e164) {
		String digits = e164.substring(2);
		return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
	}

	/** "+1 415-555-0123", as the pages show a US number. */
	static String international(String e164) {
		return e164.substring(0, 2) + " " + e164.substring(2, 5) + "-" + e164.substring(5, 8) + "-" + e164.substring(8);
	}

	/** A code that is not this one. */
	static String wrong(String code) {
		return code.equals("000000") ? "111111" : "000000";
	}

}
