package dev.passwordless.webapp.bench.load;

import dev.passwordless.webapp.bench.load.vaadin.Browser;
import dev.passwordless.webapp.bench.load.vaadin.UnexpectedAnswer;
import dev.passwordless.webapp.bench.load.vaadin.VaadinUi;

/** {@code /login}: the number, "Send code". */
final class LoginPage {

	private final VaadinUi ui;

	private LoginPage(VaadinUi ui) {
		this.ui = ui;
	}

	/**
	 * @throws dev.passwordless.webapp.bench.load.vaadin.TurnedAway when the app turns the
	 * page away because it is busy
	 */
	static LoginPage open(Browser browser) {
		VaadinUi ui = browser.open("login");
		if (!ui.elements().has("send-code")) {
			throw new UnexpectedAnswer("/login shows no 'Send code'");
		}
		return new LoginPage(ui);
	}

	/**
	 * Types the number and clicks "Send code".
	 * @return the code page the app moves to
	 * @throws Refused when the page shows a message instead
	 */
	CodePage sendCode(String phone) {
		this.ui.typeAndClick("phone", phone, "send-code");
		if (this.ui.elements().has("code")) {
			return new CodePage(this.ui);
		}
		String message = this.ui.elements().text("message");
		if (!message.isBlank()) {
			throw new Refused(message);
		}
		throw new UnexpectedAnswer("'Send code' led neither to the code page nor to a message");
	}

}
