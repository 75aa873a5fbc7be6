package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;

/** Small pieces the sign-in forms share. */
public final class Forms {

	/** The sign-in views' own stylesheet, served from this module's jar. */
	public static final String STYLESHEET = "passwordless/sign-in.css";

	/** The class of the card each sign-in view is. */
	public static final String CARD = "passwordless-card";

	private Forms() {
	}

	/** A phone field: the keyboard and autofill of a telephone number. */
	public static TextField phoneField() {
		TextField phone = new TextField("Phone number");
		phone.setId("phone");
		phone.setPlaceholder("+1 415 555 0123");
		phone.setMaxLength(40);
		phone.setRequiredIndicatorVisible(true);
		phone.getElement().setProperty("autocomplete", "tel");
		phone.getElement().setAttribute("type", "tel");
		phone.setWidthFull();
		return phone;
	}

	/**
	 * The message area under a form: {@code role=alert} so screen readers announce it.
	 */
	public static Paragraph message() {
		Paragraph message = new Paragraph();
		message.setId("message");
		message.addClassName("passwordless-message");
		message.getElement().setAttribute("role", "alert");
		return message;
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

	/** The client's address, for rate limits. */
	public static String clientAddress() {
		VaadinRequest request = VaadinRequest.getCurrent();
		return (request != null) ? request.getRemoteAddr() : "unknown";
	}

}
