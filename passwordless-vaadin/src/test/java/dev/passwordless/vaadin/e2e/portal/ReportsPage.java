package dev.passwordless.vaadin.e2e.portal;

import dev.passwordless.testing.pages.Page;
import org.openqa.selenium.WebDriver;

/** The example portal's reports view. */
final class ReportsPage extends Page {

	ReportsPage(WebDriver driver) {
		super(driver, "reports-welcome");
	}

	String welcome() {
		return text("reports-welcome");
	}

}
