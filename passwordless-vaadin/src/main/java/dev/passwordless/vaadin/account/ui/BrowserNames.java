package dev.passwordless.vaadin.account.ui;

import com.vaadin.flow.component.Component;
import dev.passwordless.vaadin.account.Browsers;

/**
 * A browser as "Your account" names it, in the page's language: "Firefox on Windows", the
 * browser or the system alone when only one is known, else "an unknown browser".
 */
final class BrowserNames {

	private BrowserNames() {
	}

	/** The name of the browser that sent this {@code User-Agent}. */
	static String of(Component page, Browsers browsers, String userAgent) {
		return browsers.name(userAgent).map((named) -> {
			if (named.browser() != null && named.system() != null) {
				return page.getTranslation("passwordless.account.browser-on", named.browser(), named.system());
			}
			return (named.browser() != null) ? named.browser() : named.system();
		}).orElse(page.getTranslation("passwordless.account.unknown-browser"));
	}

}
