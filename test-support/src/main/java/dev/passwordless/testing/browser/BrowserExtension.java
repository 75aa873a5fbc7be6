package dev.passwordless.testing.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser of a browser test class, set up once for every such class: a headless
 * {@link Chromium} lent to the class (the run's Chromiums are kept for the whole JVM, so
 * classes that run one after the other share one, and quit when the run ends), and a
 * fresh visitor before each test: no cookies of any site, nothing left on the console.
 * Register it as a static field:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();
 * </pre>
 *
 * With {@link #checkingContentSecurityPolicy()}, each test also fails when Chromium
 * reported a Content Security Policy violation during it. {@link #base()} is the address
 * of the application a {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} started.
 */
public final class BrowserExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private boolean checkingContentSecurityPolicy;

	private ExtensionContext testClass;

	private Browsers browsers;

	private ChromeDriver driver;

	private String base;

	/**
	 * Fails each test during which Chromium reported a Content Security Policy violation.
	 */
	public BrowserExtension checkingContentSecurityPolicy() {
		this.checkingContentSecurityPolicy = true;
		return this;
	}

	/** The class's browser, from before its first test until after its last. */
	public ChromeDriver driver() {
		if (this.driver == null) {
			throw new IllegalStateException("No browser outside a test: register the extension as a static field");
		}
		return this.driver;
	}

	/**
	 * The address of the application under test, {@code http://localhost:<port>}: the
	 * server of the class's {@code @SpringBootTest}.
	 */
	public String base() {
		if (this.base == null) {
			this.base = "http://localhost:" + SpringBootServer.port(this.testClass);
		}
		return this.base;
	}

	/**
	 * A browser that has not been anywhere: no page open (a live page could still set a
	 * cookie), no cookie of any site, an empty console.
	 */
	public void freshVisitor() {
		ChromeDriver browser = driver();
		browser.get("about:blank");
		browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		Chromium.cspViolations(browser);
	}

	/**
	 * The Content Security Policy violations Chromium reported since the last look (the
	 * look empties the console).
	 */
	public List<String> cspViolations() {
		return Chromium.cspViolations(driver());
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.testClass = context;
		this.browsers = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Browsers.class, (key) -> new Browsers(), Browsers.class);
		this.driver = this.browsers.lend();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		freshVisitor();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.checkingContentSecurityPolicy) {
			assertThat(cspViolations()).as("Content Security Policy violations").isEmpty();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		ChromeDriver lent = this.driver;
		this.driver = null;
		this.base = null;
		this.testClass = null;
		if (lent != null) {
			this.browsers.giveBack(lent);
		}
	}

}
