package dev.passwordless.webapp.e2e;

import org.openqa.selenium.WebDriver;

/** The sign-in page: a phone number and "Send code". */
final class LoginPage extends Page {

	LoginPage(WebDriver driver) {
		super(driver, "send-code");
	}

	static LoginPage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/login");
		return new LoginPage(driver);
	}

	CodePage sendCodeTo(String phone) {
		type("phone", phone);
		click("send-code");
		return new CodePage(this.driver);
	}

	LoginPage sendCodeExpectingProblem(String phone) {
		type("phone", phone);
		click("send-code");
		return this;
	}

}
