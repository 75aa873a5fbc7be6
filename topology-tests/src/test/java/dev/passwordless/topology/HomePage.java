package dev.passwordless.topology;

import dev.passwordless.vaadin.e2e.LoginPage;
import dev.passwordless.vaadin.e2e.Page;
import org.openqa.selenium.WebDriver;

/**
 * The web app's signed-in home ({@code /}): the name, "Sign out". (The web app keeps its
 * own page objects package-private in its tests; this is the part these tests use.)
 */
final class HomePage extends Page {

	HomePage(WebDriver driver) {
		super(driver, "sign-out");
	}

	String userName() {
		return text("user-name");
	}

	LoginPage signOut() {
		click("sign-out");
		return new LoginPage(this.driver);
	}

}
