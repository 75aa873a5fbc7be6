package dev.passwordless.vaadin.login;

import dev.passwordless.rules.PhoneMask;

/**
 * The one form in which the views show a phone number they do not show in full: the
 * digits {@link PhoneMask} hides as dots, then the ones it shows, e.g.
 * {@code ••••••• 0123}.
 */
public final class MaskedPhone {

	private MaskedPhone() {
	}

	/**
	 * @param e164 the number
	 * @return what a person sees
	 */
	public static String of(String e164) {
		String masked = PhoneMask.mask(e164);
		int hidden = masked.lastIndexOf('*');
		return "•".repeat(Math.max(0, hidden)) + " " + masked.substring(hidden + 1);
	}

}
