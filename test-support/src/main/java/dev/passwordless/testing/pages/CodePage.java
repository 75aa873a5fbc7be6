package dev.passwordless.testing.pages;

import java.util.function.Function;

import org.openqa.selenium.WebDriver;

/**
 * The code step: where the code went, the code field, "Sign in", and "Send a new code".
 */
public final class CodePage extends Page {

	public CodePage(WebDriver driver) {
		super(driver, "sign-in");
	}

	public String sentTo() {
		return text("sent-to");
	}

	/**
	 * Enters the right code and waits for the page the sign-in lands on.
	 * @param landing the page object of that page
	 */
	public <P> P enter(String code, Function<WebDriver, P> landing) {
		type("code", code);
		// a complete code submits itself
		return landing.apply(this.driver);
	}

	/** Ticks "Stay signed in on this device" (off by default). */
	public CodePage staySignedIn() {
		if (!staySignedInTicked()) {
			click("stay-signed-in");
		}
		waitUpTo(5).until((d) -> staySignedInTicked());
		return this;
	}

	/** Whether "Stay signed in on this device" is ticked. */
	public boolean staySignedInTicked() {
		return element("stay-signed-in").getDomAttribute("checked") != null;
	}

	/** Enters a wrong code and waits until the page has said something about it. */
	public CodePage enterWrong(String code) {
		type("code", code);
		waitUpTo(15).until((d) -> !shownProblems().isEmpty());
		return this;
	}

	/** Types into the code field without waiting for anything. */
	public CodePage typeCode(String text) {
		type("code", text);
		return this;
	}

	/** Whether the code field and its button accept anything. */
	public boolean codeAccepted() {
		return element("code").getDomAttribute("disabled") == null
				&& element("sign-in").getDomAttribute("disabled") == null;
	}

	/** Follows "Wrong number? Edit". */
	public LoginPage editNumber() {
		click("edit-number");
		return new LoginPage(this.driver);
	}

	/** Whether "Send a new code" may be pressed yet. */
	public boolean resendOffered() {
		// a disabled vaadin-button carries the attribute; WebDriver's isEnabled() reads
		// only form controls
		return element("resend").getDomAttribute("disabled") == null;
	}

	/** Waits until "Send a new code" may be pressed (the page polls once a second). */
	public CodePage waitForResendOffer() {
		waitUpTo(15).until((d) -> resendOffered());
		return this;
	}

	public CodePage resend() {
		click("resend");
		return this;
	}

}
