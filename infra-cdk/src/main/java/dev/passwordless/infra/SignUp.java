package dev.passwordless.infra;

/**
 * Who may create an account in the pool: the {@code signUp} setting.
 */
enum SignUp {

	/**
	 * Only administrators create accounts ({@code AdminCreateUser}); the app client's
	 * {@code SignUp} is refused.
	 */
	INVITE_ONLY("invite-only"),

	/** Anyone may sign up through the web app. */
	OPEN("open");

	private final String settingValue;

	SignUp(String settingValue) {
		this.settingValue = settingValue;
	}

	/** How the setting names it: {@code invite-only} or {@code open}. */
	String settingValue() {
		return this.settingValue;
	}

}
