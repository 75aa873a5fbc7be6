package dev.passwordless.webapp.e2e;

import dev.passwordless.vaadin.e2e.Page;
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
