package dev.passwordless.testing.pages;

import org.openqa.selenium.WebDriver;

/** The registration page: full name, phone number, "Register". */
public final class RegisterPage extends Page {

	public RegisterPage(WebDriver driver) {
		super(driver, "register");
	}

	public static RegisterPage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/register");
		return new RegisterPage(driver);
	}

	public CodePage register(String name, String phone) {
		type("name", name);
		type("phone", phone);
		click("register");
		return new CodePage(this.driver);
	}

	public RegisterPage registerExpectingProblem(String name, String phone) {
		type("name", name);
		type("phone", phone);
		click("register");
		return this;
	}

}
