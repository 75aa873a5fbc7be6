package dev.passwordless.webapp.e2e;

import org.openqa.selenium.WebDriver;

/** The registration page: full name, phone number, "Register". */
final class RegisterPage extends Page {

	RegisterPage(WebDriver driver) {
		super(driver, "register");
	}

	static RegisterPage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/register");
		return new RegisterPage(driver);
	}

	CodePage register(String name, String phone) {
		type("name", name);
		type("phone", phone);
		click("register");
		return new CodePage(this.driver);
	}

	RegisterPage registerExpectingProblem(String name, String phone) {
		type("name", name);
		type("phone", phone);
		click("register");
		return this;
	}

}
