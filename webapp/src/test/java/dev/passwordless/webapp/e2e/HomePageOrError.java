package dev.passwordless.webapp.e2e;

import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Whatever Vaadin shows when a signed-in user may not open a page: waits until the page
 * has rendered.
 */
final class HomePageOrError {

	HomePageOrError(WebDriver driver) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until((d) -> d.getPageSource().contains("</vaadin")
				|| d.getPageSource().contains("Could not navigate") || d.getPageSource().contains("sign-out"));
	}

}
