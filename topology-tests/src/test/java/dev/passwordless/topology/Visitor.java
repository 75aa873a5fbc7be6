package dev.passwordless.topology;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;

import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.browser.RecordingProxy;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The test's browser as one client on a machine of its own: Chromium reaches the load
 * balancer through a hop (a {@link RecordingProxy} of the test support) that connects
 * from a loopback address chosen by the test, so the proxy sees that address as the
 * client's. (Chromium cannot choose the address it connects from, and on one machine
 * every browser would otherwise come from 127.0.0.1.) The hop can also add the
 * {@code X-Forwarded-For} a client may forge.
 *
 * <p>
 * The load balancer's sticky cookie says which instance serves the browser: it can be
 * read, and set to send the browser to a given instance, as a browser that was there
 * before would come back.
 */
final class Visitor implements AutoCloseable {

	private static final Set<String> NOT_THE_APPS = Set.of(HaProxy.STICKY_COOKIE, "JSESSIONID");

	private final BrowserExtension browser;

	private final WebDriver driver;

	private final RecordingProxy hop;

	private Visitor(BrowserExtension browser, RecordingProxy hop) {
		this.browser = browser;
		this.driver = browser.driver();
		this.hop = hop;
	}

	/**
	 * @param address the loopback address the client connects to the proxy from, e.g.
	 * 127.0.0.11
	 */
	static Visitor from(String address, BrowserExtension browser, HaProxy proxy) {
		try {
			return new Visitor(browser, new RecordingProxy(proxy.port(), InetAddress.getByName(address)));
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(address, ex);
		}
	}

	/** Where this client reaches the site. */
	String base() {
		return this.hop.base();
	}

	WebDriver driver() {
		return this.driver;
	}

	/**
	 * A browser that has not been here before: no cookies (neither a session nor the
	 * sticky cookie), no forged header.
	 */
	Visitor fresh() {
		this.browser.freshVisitor();
		// a page of the proxy itself, so that cookies can be set for the site
		this.driver.get(base() + "/haproxy-alive");
		this.hop.header("X-Forwarded-For", null);
		return this;
	}

	/** Sends the browser's next requests to this instance (while it is up). */
	Visitor pinnedTo(AppInstance app) {
		this.driver.manage().deleteCookieNamed(HaProxy.STICKY_COOKIE);
		this.driver.manage().addCookie(new Cookie(HaProxy.STICKY_COOKIE, app.name(), "/"));
		return this;
	}

	/** The instance that served the browser last, as the proxy's sticky cookie says. */
	String instance() {
		Cookie sticky = this.driver.manage().getCookieNamed(HaProxy.STICKY_COOKIE);
		if (sticky == null) {
			throw new AssertionError(
					"the load balancer set no sticky cookie; cookies: " + this.driver.manage().getCookies());
		}
		return sticky.getValue();
	}

	/** Adds an {@code X-Forwarded-For} of the client's own to every request from now. */
	Visitor forging(String forwardedFor) {
		this.hop.header("X-Forwarded-For", forwardedFor);
		return this;
	}

	/**
	 * The cookies the app set other than its session cookie (such as the remember-me
	 * cookie), and not the load balancer's.
	 */
	List<Cookie> appCookies() {
		return this.driver.manage()
			.getCookies()
			.stream()
			.filter((cookie) -> !NOT_THE_APPS.contains(cookie.getName()))
			.toList();
	}

	/** Puts saved cookies back, as someone who copied them would. */
	Visitor with(List<Cookie> cookies) {
		cookies.forEach((cookie) -> this.driver.manage().addCookie(cookie));
		return this;
	}

	/** Opens a path of the site. */
	void open(String path) {
		this.driver.get(base() + path);
	}

	@Override
	public void close() {
		this.hop.close();
	}

}
