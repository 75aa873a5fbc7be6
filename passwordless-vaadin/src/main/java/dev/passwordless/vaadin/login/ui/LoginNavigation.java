package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.UI;
import dev.passwordless.vaadin.security.SignInRoutes;

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
	 * A full page load, so the session id can change and the security context be saved by
	 * plain HTTP.
	 */
	static void completeSignIn() {
		UI.getCurrent().getPage().setLocation(SignInRoutes.COMPLETE.substring(1));
	}

}
