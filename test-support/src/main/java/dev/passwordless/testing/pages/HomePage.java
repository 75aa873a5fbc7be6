package dev.passwordless.testing.pages;

import org.openqa.selenium.WebDriver;

/**
 * The web app's signed-in home ({@code /}): name, phone, "Sign out" and "Sign out
 * everywhere". Here because both the web app's tests and the production-topology test
 * drive it.
 */
public final class HomePage extends Page {

	public HomePage(WebDriver driver) {
		super(driver, "sign-out");
	}

	public String userName() {
		return text("user-name");
	}

	public String phone() {
		return text("user-phone");
	}

	public LoginPage signOut() {
		click("sign-out");
		return new LoginPage(this.driver);
	}

	public LoginPage signOutEverywhere() {
		click("sign-out-everywhere");
		return new LoginPage(this.driver);
	}

}
