package dev.passwordless.webapp.bench.load;

import java.net.http.HttpResponse;

import dev.passwordless.webapp.bench.load.vaadin.Browser;
import dev.passwordless.webapp.bench.load.vaadin.UnexpectedAnswer;
import dev.passwordless.webapp.bench.load.vaadin.VaadinUi;

/** {@code /}, signed in: the person's name and number, "Sign out". */
final class HomePage {

	private final VaadinUi ui;

	private HomePage(VaadinUi ui) {
		this.ui = ui;
	}

	/**
	 * Follows the code page's location to {@code /signin/complete}, which signs the
	 * session in and redirects.
	 * @return the route it redirects to
	 */
	static String complete(Browser browser, String location) {
		HttpResponse<String> answer = browser.get(location);
		String target = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || !target.startsWith("/")) {
			throw new UnexpectedAnswer("/signin/complete answered " + answer.statusCode() + " to " + target);
		}
		if (target.startsWith("/login")) {
			throw new UnexpectedAnswer("/signin/complete sent the browser back to the sign-in");
		}
		return target.substring(1);
	}

	static HomePage open(Browser browser, String route) {
		VaadinUi ui = browser.open(route);
		if (!ui.elements().has("sign-out")) {
			throw new UnexpectedAnswer("/" + route + " shows no 'Sign out'");
		}
		return new HomePage(ui);
	}

	/** The browser closes the tab (its unload beacon); the session stays signed in. */
	void leave() {
		this.ui.close();
	}

}
