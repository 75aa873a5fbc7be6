package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.UI;

/** Where the sign-in steps lead. */
public final class LoginNavigation {

	private LoginNavigation() {
	}

	public static void toCode() {
		UI.getCurrent().navigate(CodeEntryView.class);
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
