package dev.passwordless.webapp.e2e;

import org.openqa.selenium.WebDriver;

/**
 * The code step: where the code went, the code field, "Sign in", and "Send a new code".
 */
final class CodePage extends Page {

	CodePage(WebDriver driver) {
		super(driver, "sign-in");
	}

	String sentTo() {
		return text("sent-to");
	}

	HomePage enter(String code) {
		type("code", code);
		click("sign-in");
		return new HomePage(this.driver);
	}

	CodePage enterWrong(String code) {
		type("code", code);
		click("sign-in");
		return this;
	}

	CodePage resend() {
		click("resend");
		return this;
	}

}
