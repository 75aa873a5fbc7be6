package dev.passwordless.webapp.bench.load;

import dev.passwordless.webapp.bench.load.vaadin.UnexpectedAnswer;
import dev.passwordless.webapp.bench.load.vaadin.VaadinUi;

/**
 * {@code /code}, rendered in the same UI by "Send code": the code field, which submits
 * itself when complete, and a countdown that makes the page poll once a second.
 */
final class CodePage {

	private final VaadinUi ui;

	CodePage(VaadinUi ui) {
		this.ui = ui;
	}

	/**
	 * The page's script answers what the server asked it (whether this device can make a
	 * passkey): no, as on a computer without a platform authenticator, so no passkey is
	 * offered after the sign-in.
	 */
	void answerItsScript() {
		this.ui.answerAwaitedCalls(false);
	}

	/** One of the page's polls. */
	void poll() {
		this.ui.poll();
	}

	/**
	 * Types the code, which submits itself.
	 * @return where the page sends the browser to complete the sign-in
	 * @throws Refused when the page shows a message instead
	 */
	String submit(String code) {
		var answer = this.ui.type("code", code);
		if (answer.location().isPresent()) {
			return answer.location().get();
		}
		String message = this.ui.elements().text("message");
		if (!message.isBlank()) {
			throw new Refused(message);
		}
		throw new UnexpectedAnswer("the code led neither to the completion nor to a message");
	}

	/** The browser leaves the page (its unload beacon). */
	void leave() {
		this.ui.close();
	}

}
