package dev.passwordless.webapp.e2e;

import dev.passwordless.testing.pages.Page;
import org.openqa.selenium.WebDriver;

/** The example portal page. */
final class PortalPage extends Page {

	PortalPage(WebDriver driver) {
		super(driver, "portal-welcome");
	}

	String welcome() {
		return text("portal-welcome");
	}

}
