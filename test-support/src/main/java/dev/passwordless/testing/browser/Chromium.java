package dev.passwordless.testing.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * fresh profile; its console is kept, so tests can read the Content Security Policy
 * violations it reports. Tests get one through {@link BrowserExtension}; the benchmarks
 * start their own.
 */
public final class Chromium {

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final String CHROMIUM = "/usr/bin/chromium";

	private Chromium() {
	}

	public static ChromeDriver start() {
		if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
			throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver: "
					+ "apt-get install -y chromium chromium-driver (./test does this)");
		}
		Path profile;
		try {
			profile = Files.createTempDirectory("chromium-profile");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1200,900", "--user-data-dir=" + profile);
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
