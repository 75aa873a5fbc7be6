package dev.passwordless.webapp.e2e;

import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The two sizes every experience test runs at: a desktop window and a phone (Chromium's
 * device metrics and a phone's user agent, so the page gets touch-size layout).
 */
enum ScreenSize {

	DESKTOP(1280, 800, false), PHONE(390, 844, true);

	static final String PHONE_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

	private final int width;

	private final int height;

	private final boolean mobile;

	ScreenSize(int width, int height, boolean mobile) {
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

	/**
	 * Makes the browser this size, asking for the given languages (the
	 * {@code Accept-Language} header, which picks the app's language for a new session).
	 */
	void apply(ChromeDriver driver, String acceptLanguage) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", this.width, "height", this.height, "deviceScaleFactor", 1, "mobile", this.mobile));
		String agent = this.mobile ? PHONE_AGENT : desktopAgent(driver);
		userAgent(driver, agent, acceptLanguage);
	}

	/**
	 * A desktop Chromium's user agent on this machine, of the running version (not what
	 * the page reads, which an earlier override may have changed).
	 */
	static String desktopAgent(ChromeDriver driver) {
		return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/"
				+ driver.getCapabilities().getBrowserVersion() + " Safari/537.36";
	}

	/** Makes the browser say it is another one, at the size it has. */
	static void userAgent(ChromeDriver driver, String agent, String acceptLanguage) {
		driver.executeCdpCommand("Emulation.setUserAgentOverride",
				Map.of("userAgent", agent, "acceptLanguage", acceptLanguage));
		driver.executeCdpCommand("Network.setUserAgentOverride",
				Map.of("userAgent", agent, "acceptLanguage", acceptLanguage));
	}

	String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
