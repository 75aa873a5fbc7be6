package dev.passwordless.webapp.e2e;

import java.util.List;

import dev.passwordless.testing.pages.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Your account" ({@code /account}). */
final class AccountPage extends Page {

	AccountPage(WebDriver driver) {
		super(driver, "devices");
	}

	static AccountPage open(WebDriver driver, String base) {
		driver.get(base + "/account");
		return new AccountPage(driver);
	}

	/** Each device's card as its text, in the order shown. */
	List<String> devices() {
		return this.driver.findElements(By.cssSelector("#devices .device")).stream().map(WebElement::getText).toList();
	}

	/** Signs out the device whose card names this browser. */
	AccountPage signOutDevice(String named) {
		WebElement card = this.driver.findElements(By.cssSelector("#devices .device"))
			.stream()
			.filter((shown) -> shown.getText().contains(named))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No device " + named + " in " + devices()));
		card.findElement(By.tagName("vaadin-button")).click();
		waitUpTo(15).until((driver) -> devices().stream().noneMatch((text) -> text.contains(named)));
		return this;
	}

	/** The recent sign-ins, newest first. */
	List<String> signIns() {
		return this.driver.findElements(By.cssSelector("#sign-ins li")).stream().map(WebElement::getText).toList();
	}

	AccountPage rename(String name) {
		type("account-name", name);
		click("save-name");
		waitUpTo(15).until((driver) -> !driver.findElement(By.id("name-outcome")).getText().isBlank()
				|| driver.findElement(By.id("account-name")).getDomAttribute("invalid") != null);
		return this;
	}

	String nameOutcome() {
		return this.driver.findElement(By.id("name-outcome")).getText();
	}

}
