package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Where the sign-in steps lead. */
public final class LoginNavigation {

	/**
	 * The code step's query parameter when the number's valid code was not sent again.
	 */
	static final String ALREADY_SENT = "already-sent";

	/** The code step's query parameter when a signed-in person confirms it is them. */
	static final String STEP_UP = "step-up";

	private LoginNavigation() {
	}

	/**
	 * @param alreadySent whether the code step should say that the code sent before is
	 * still the one to enter
	 */
	public static void toCode(boolean alreadySent) {
		UI.getCurrent()
			.navigate(CodeEntryView.class,
					alreadySent ? QueryParameters.of(ALREADY_SENT, "") : QueryParameters.empty());
	}

	public static void toLogin() {
		UI.getCurrent().navigate(LoginView.class);
	}

	/**
	 * A full page load of the one-time completion location, so the security context is
	 * saved by plain HTTP.
	 * @param location what {@code PasswordlessLoginService.submitCode} returned
	 */
	static void completeSignIn(String location) {
		UI.getCurrent().getPage().setLocation(location);
	}

}
