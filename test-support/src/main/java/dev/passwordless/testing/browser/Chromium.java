package dev.passwordless.testing.browser;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.WebDriver;

/**
 * A real headless Chromium with Debian's chromedriver (no Selenium Manager download), set
 * up the way this machine needs: no sandbox (root), no GPU, no background networking, a
 * fresh profile (chromedriver makes one for each start and removes it on quit); its
 * console is kept, so tests can read the Content Security Policy violations it reports.
 * Tests get one through {@link BrowserExtension}; the benchmarks start their own.
 * <p>
 * It is Chromium's headless shell (Debian's {@code chromium-headless-shell}, Puppeteer's
 * {@code headless: 'shell'}): Blink, V8 and the content layer without Chrome's browser
 * layer (autofill, password manager, extensions), none of which the tests use. Measured
 * on {@code SignInFlowIT} (27 tests, 2026-12-07, the machine's busy CPU time over the
 * whole Maven run): 95 CPU seconds in 74 s (two runs) against 104-114 in 78-84 s with
 * {@code chromium --headless=new} (three runs), same results.
 */
public final class Chromium {

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/**
	 * The binary itself, not Debian's {@code /usr/bin} wrapper script: chromedriver ends
	 * the process it started, and a wrapper's child would outlive it.
	 */
	static final String CHROMIUM = "/usr/lib/chromium/chromium-headless-shell";

	private Chromium() {
	}

	public static ChromeDriver start() {
		if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
			throw new IllegalStateException(
					"The browser tests need Debian's chromium-headless-shell and chromium-driver: "
							+ "apt-get install -y chromium-headless-shell chromium-driver (./test does this)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		// the console reaches the tests over DevTools; without this switch chromedriver
		// adds, the shell would also append it to a chrome_debug.log beside its binary
		options.setExperimentalOption("excludeSwitches", List.of("enable-logging"));
		options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1200,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

	/**
	 * The Content Security Policy violations Chromium reported on its console since the
	 * last call (reading the console empties it).
	 */
	public static List<String> cspViolations(WebDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy"))
			.toList();
	}

}
