package dev.passwordless.testing.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Chromiums of one test run (one JVM): each lent to one test class at a time, given
 * back as it was lent (no page, no cookies, no emulated screen or language), and quit
 * when the run ends. Classes that run one after the other share one; classes that run at
 * the same time each get their own.
 */
final class Browsers implements AutoCloseable {

	private final Deque<ChromeDriver> idle = new ArrayDeque<>();

	private final List<ChromeDriver> started = new ArrayList<>();

	synchronized ChromeDriver lend() {
		while (!this.idle.isEmpty()) {
			ChromeDriver driver = this.idle.pop();
			if (usable(driver)) {
				return driver;
			}
			this.started.remove(driver);
			quit(driver);
		}
		ChromeDriver driver = Chromium.start();
		this.started.add(driver);
		return driver;
	}

	synchronized void giveBack(ChromeDriver driver) {
		if (usable(driver)) {
			this.idle.push(driver);
		}
		else {
			this.started.remove(driver);
			quit(driver);
		}
	}

	/** Resets what a class may have changed; false when the browser no longer answers. */
	private static boolean usable(ChromeDriver driver) {
		try {
			driver.get("about:blank");
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			// an empty user agent and language end the override
			driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", "", "acceptLanguage", ""));
			driver.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", "", "acceptLanguage", ""));
			return true;
		}
		catch (WebDriverException ex) {
			return false;
		}
	}

	private static void quit(ChromeDriver driver) {
		try {
			driver.quit();
		}
		catch (WebDriverException ex) {
			// it is gone already
		}
	}

	@Override
	public synchronized void close() {
		this.idle.clear();
		this.started.forEach(Browsers::quit);
		this.started.clear();
	}

}
