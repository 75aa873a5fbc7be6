package dev.passwordless.testing.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the page objects: waits for Vaadin's elements and reads their text. */
public abstract class Page {

	protected final WebDriver driver;

	protected Page(WebDriver driver, String readyElementId) {
		this.driver = driver;
		element(readyElementId);
	}

	/**
	 * A wait that looks every 20 ms (WebDriver's default is every 500 ms, which would
	 * dominate the time of a sign-in step in the benchmarks).
	 */
	protected WebDriverWait waitUpTo(int seconds) {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(seconds));
		wait.pollingEvery(Duration.ofMillis(20));
		return wait;
	}

	public WebElement element(String id) {
		try {
			// a look that lands while the page navigates (a redirect after the sign-in)
			// is
			// aborted by Chromium: look again
			return waitUpTo(15).ignoring(org.openqa.selenium.WebDriverException.class)
				.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			String shown = String.valueOf(((org.openqa.selenium.JavascriptExecutor) this.driver)
				.executeScript("return document.body.innerText"));
			try {
				java.nio.file.Files.write(
						java.nio.file.Path.of("target", "failure-" + id + "-" + System.currentTimeMillis() + ".png"),
						((org.openqa.selenium.TakesScreenshot) this.driver)
							.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
			}
			catch (java.io.IOException | RuntimeException screenshotFailed) {
				// the assertion below says enough
			}
			throw new AssertionError("No #" + id + " on " + this.driver.getCurrentUrl() + "; the page says: " + shown,
					ex);
		}
	}

	/**
	 * Types into a Vaadin text field (its slotted input) and lets the value reach the
	 * server.
	 */
	public void type(String fieldId, String text) {
		WebElement input = waitUpTo(15)
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
		input.clear();
		input.sendKeys(text);
	}

	public void click(String id) {
		waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
	}

	public String text(String id) {
		return element(id).getText();
	}

	/**
	 * Waits until the page says something containing {@code expected}, in its message
	 * area or on a field (each problem is shown in one of the two).
	 * @return that text
	 */
	public String messageContaining(String expected) {
		return waitUpTo(15)
			.until((d) -> shownProblems().stream().filter((text) -> text.contains(expected)).findFirst().orElse(null));
	}

	/** The message area's text and the fields' error messages, as shown. */
	public java.util.List<String> shownProblems() {
		java.util.List<String> texts = new java.util.ArrayList<>();
		for (WebElement shown : this.driver.findElements(By.cssSelector("#message, [slot='error-message']"))) {
			String text = shown.getText();
			if (!text.isBlank()) {
				texts.add(text);
			}
		}
		return texts;
	}

	/**
	 * An element's text as shown, without waiting; empty when it is missing or hidden.
	 */
	public String shownText(String id) {
		return this.driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
	}

	/**
	 * An element's text content, shown or not (what a screen reader reads from a visually
	 * hidden live region); empty when it is missing.
	 */
	public String textContent(String id) {
		return this.driver.findElements(By.id(id))
			.stream()
			.map((element) -> element.getDomProperty("textContent"))
			.findFirst()
			.orElse("");
	}

	/** The error message a field shows, empty when none. */
	public String fieldError(String fieldId) {
		java.util.List<WebElement> error = this.driver
			.findElements(By.cssSelector("#" + fieldId + " [slot='error-message']"));
		return error.isEmpty() ? "" : error.get(0).getText();
	}

	/**
	 * An attribute of a field's input, once it has one (components set some after
	 * rendering).
	 */
	public String attributeOfInput(String fieldId, String attribute) {
		By input = By.cssSelector("#" + fieldId + " input");
		try {
			waitUpTo(5).until((d) -> d.findElement(input).getDomAttribute(attribute) != null);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			return null;
		}
		return this.driver.findElement(input).getDomAttribute(attribute);
	}

}
