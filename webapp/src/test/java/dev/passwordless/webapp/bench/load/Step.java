package dev.passwordless.webapp.bench.load;

/** The steps of a sign-in, each timed as the person waits for it. */
enum Step {

	/**
	 * {@code GET /login}, Vaadin's {@code init} and the navigation that renders the view.
	 */
	LOGIN_PAGE("login page"),
	/** The number typed and "Send code": the app asks Cognito, which texts the code. */
	SEND_CODE("send code"),
	/** The code page's first round trip: the answer its script sends back. */
	CODE_PAGE("code page"),
	/** Each of the code page's once-a-second polls while the person reads and types. */
	CODE_PAGE_POLL("code page poll (each)"),
	/** The code typed (it submits itself): the app checks it with Cognito. */
	SUBMIT_CODE("submit code"),
	/** {@code GET /signin/complete?nonce=...}: the session becomes signed in. */
	COMPLETE("complete (/signin/complete)"),
	/** The home page it leads to: the page, {@code init} and the navigation. */
	HOME("home");

	private final String label;

	Step(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

}
