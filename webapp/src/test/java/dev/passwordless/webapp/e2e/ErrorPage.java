package dev.passwordless.webapp.e2e;

import dev.passwordless.testing.pages.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An error page of the web app (no access, not found): a heading and the way home. */
final class ErrorPage extends Page {

	ErrorPage(WebDriver driver) {
		super(driver, "back-home");
	}

	String heading() {
		return this.driver.findElement(By.cssSelector("#error-page h1")).getText();
	}

}
