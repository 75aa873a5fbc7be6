package dev.passwordless.vaadin.e2e;

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
		click("sign-in");
		return landing.apply(this.driver);
	}

	public CodePage enterWrong(String code) {
		type("code", code);
		click("sign-in");
		return this;
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
