package dev.passwordless.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The sign-in page: a phone number and "Send code". */
public final class LoginPage extends Page {

	public LoginPage(WebDriver driver) {
		super(driver, "send-code");
	}

	public static LoginPage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/login");
		return new LoginPage(driver);
	}

	/** Follows "New here? Register". */
	public RegisterPage toRegister() {
		this.driver.findElement(By.linkText("New here? Register")).click();
		return new RegisterPage(this.driver);
	}

	public CodePage sendCodeTo(String phone) {
		type("phone", phone);
		click("send-code");
		return new CodePage(this.driver);
	}

	/** Whether the page offers to enter a code sent before, still valid. */
	public boolean codeOffered() {
		return !this.driver.findElements(By.id("enter-code")).isEmpty();
	}

	/** Follows "Enter that code". */
	public CodePage enterTheCodeSentBefore() {
		click("enter-code");
		return new CodePage(this.driver);
	}

	/** The number in the phone field. */
	public String number() {
		return element("phone").findElement(By.tagName("input")).getDomProperty("value");
	}

	/** The country chosen beside the number, as shown. */
	public String country() {
		return element("country").findElement(By.tagName("input")).getDomProperty("value");
	}

	/**
	 * Types the number and follows "Sign in with a passkey"; the browser's WebAuthn
	 * ceremony answers (a virtual authenticator, in tests).
	 * @return this page, for a ceremony that signs nobody in
	 */
	public LoginPage signInWithPasskey(String phone) {
		type("phone", phone);
		click("sign-in-with-passkey");
		return this;
	}

	public LoginPage sendCodeExpectingProblem(String phone) {
		type("phone", phone);
		click("send-code");
		return this;
	}

}
