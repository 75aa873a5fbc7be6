package dev.passwordless.webapp.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each screen must be for everyone: a screenshot of it
 * ({@code target/screenshots/<screen>-<size>.png}), no serious or critical violation of
 * Deque's axe-core rules, and the contrast of what shows a field and its focus.
 */
final class Screens {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static final Pattern RGB = Pattern
		.compile("rgba?\\(\\s*([\\d.]+)[,\\s]+([\\d.]+)[,\\s]+([\\d.]+)(?:\\s*[,/]\\s*([\\d.]+%?))?\\s*\\)");

	private Screens() {
	}

	/** Takes the screenshot and checks the screen with axe-core. */
	static void check(WebDriver driver, String screen, ScreenSize size) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(screen + "-" + size.label() + ".png"),
				((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		Results results = new AxeBuilder().analyze(driver);
		List<String> blocking = results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING.contains(rule.getImpact()))
			.map(Screens::describe)
			.toList();
		assertThat(blocking).as("serious or critical axe-core violations on " + screen + " at " + size.label())
			.isEmpty();
	}

	/**
	 * The contrast ratio (WCAG) of a colour the page computes for a field's custom
	 * property (on its input container, else on the field), against the white page.
	 */
	static double contrastAgainstWhite(WebDriver driver, WebElement field, String property) {
		List<?> raw = (List<?>) ((JavascriptExecutor) driver).executeScript(
				"""
						const container = arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('[part~=input-field]');
						const raw = [container, arguments[0]].filter((e) => e)
						  .map((e) => getComputedStyle(e).getPropertyValue(arguments[1]).trim()).find((v) => v) || '';
						const probe = document.createElement('span');
						probe.style.color = raw;
						document.body.appendChild(probe);
						const computed = getComputedStyle(probe).color;
						probe.remove();
						return [raw, computed];""",
				field, property);
		assertThat(String.valueOf(raw.get(0))).as(property + " on the field").isNotBlank();
		String colour = String.valueOf(raw.get(1));
		Matcher rgb = RGB.matcher(colour);
		assertThat(rgb.matches()).as(property + " computed as " + colour).isTrue();
		double alpha = (rgb.group(4) == null) ? 1 : rgb.group(4).endsWith("%")
				? Double.parseDouble(rgb.group(4).replace("%", "")) / 100 : Double.parseDouble(rgb.group(4));
		double luminance = luminance(over(rgb.group(1), alpha), over(rgb.group(2), alpha), over(rgb.group(3), alpha));
		return (1.0 + 0.05) / (luminance + 0.05);
	}

	/** The field's element, for {@link #contrastAgainstWhite}. */
	static WebElement field(WebDriver driver, String id) {
		return driver.findElement(By.id(id));
	}

	private static double over(String channel, double alpha) {
		return Double.parseDouble(channel) * alpha + 255 * (1 - alpha);
	}

	private static double luminance(double red, double green, double blue) {
		return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
	}

	private static double linear(double channel) {
		double c = channel / 255;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

}
