package dev.passwordless.webapp.e2e;

import dev.passwordless.vaadin.e2e.LoginPage;
import dev.passwordless.vaadin.e2e.Page;
import org.openqa.selenium.WebDriver;

/** The signed-in home: name, phone, "Sign out". */
final class HomePage extends Page {

	HomePage(WebDriver driver) {
		super(driver, "sign-out");
	}

	String userName() {
		return text("user-name");
	}

	String phone() {
		return text("user-phone");
	}

	LoginPage signOut() {
		click("sign-out");
		return new LoginPage(this.driver);
	}

	LoginPage signOutEverywhere() {
		click("sign-out-everywhere");
		return new LoginPage(this.driver);
	}

}
