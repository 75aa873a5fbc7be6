package dev.passwordless.webapp.e2e;

import java.util.List;

import dev.passwordless.testing.pages.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** "Your account" ({@code /account}). */
final class AccountPage extends Page {

	AccountPage(WebDriver driver) {
		super(driver, "devices");
	}

	static AccountPage open(WebDriver driver, String base) {
		driver.get(base + "/account");
		return new AccountPage(driver);
	}

	/**
	 * Each device's card as its text, in the order shown (read in one go: the list is
	 * rebuilt when a device is signed out).
	 */
	@SuppressWarnings("unchecked")
	List<String> devices() {
		return (List<String>) ((JavascriptExecutor) this.driver)
			.executeScript("return [...document.querySelectorAll('#devices .device')].map((card) => card.innerText)");
	}

	/** Signs out the device whose card names this browser. */
	AccountPage signOutDevice(String named) {
		int index = devices().indexOf(devices().stream()
			.filter((text) -> text.contains(named))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No device " + named + " in " + devices())));
		click("sign-out-device-" + index);
		waitUpTo(15).until((driver) -> devices().stream().noneMatch((text) -> text.contains(named)));
		return this;
	}

	/** Each passkey as its text, newest first. */
	@SuppressWarnings("unchecked")
	List<String> passkeys() {
		return (List<String>) ((JavascriptExecutor) this.driver)
			.executeScript("return [...document.querySelectorAll('#passkeys .passkey')].map((item) => item.innerText)");
	}

	/** Removes the first passkey listed, answering the question with yes. */
	AccountPage removeFirstPasskey() {
		int before = passkeys().size();
		this.driver.findElement(By.cssSelector("#passkeys .remove-passkey")).click();
		click("confirm-remove-passkey");
		waitUpTo(15).until((driver) -> passkeys().size() == before - 1);
		return this;
	}

	/** The recent sign-ins, newest first. */
	@SuppressWarnings("unchecked")
	List<String> signIns() {
		return (List<String>) ((JavascriptExecutor) this.driver)
			.executeScript("return [...document.querySelectorAll('#sign-ins li')].map((item) => item.innerText)");
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

	/** Waits until the number change's step says this. */
	AccountPage waitForStep(String words) {
		waitUpTo(15).until((driver) -> driver.findElement(By.id("number-step")).getText().contains(words));
		return this;
	}

}
