package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.html.Anchor;

/** What the sign-in pages share: their stylesheet, their card, and links between them. */
public final class SignInPages {

	/** The sign-in views' own stylesheet, served from this module's jar. */
	public static final String STYLESHEET = "passwordless/sign-in.css";

	/** The class of the card each sign-in view is. */
	public static final String CARD = "passwordless-card";

	private SignInPages() {
	}

	/**
	 * A link to another route, followed inside the page like a {@code RouterLink}, for
	 * routes this package must not depend on.
	 */
	public static Anchor routerLink(String route, String text) {
		Anchor link = new Anchor(route, text);
		link.getElement().setAttribute("router-link", true);
		return link;
	}

}
