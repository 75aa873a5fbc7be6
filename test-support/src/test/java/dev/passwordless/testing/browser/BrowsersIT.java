package dev.passwordless.testing.browser;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Chromium lent to one test class after another: what a class changed (cookies of any
 * site, an emulated phone screen and language) is gone when the next class gets it.
 */
class BrowsersIT {

	private static HttpServer site;

	private final Browsers browsers = new Browsers();

	@BeforeAll
	static void startTheSite() throws IOException {
		site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		site.createContext("/", BrowsersIT::echo);
		site.start();
	}

	@AfterAll
	static void stopTheSite() {
		site.stop(0);
	}

	@Test
	void lendWhenTheLastClassChangedTheBrowserThenTheNextGetsItAsNewWithoutAStart() {
		try (this.browsers) {
			ChromeDriver first = this.browsers.lend();
			first.get(base() + "/");
			String userAgent = text(first, "user-agent");
			String language = text(first, "accept-language");
			first.manage().addCookie(new Cookie("JSESSIONID", "of-the-last-class"));
			first.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
			first.executeCdpCommand("Network.setUserAgentOverride",
					Map.of("userAgent", "a phone", "acceptLanguage", "de-DE,de;q=0.9"));
			first.get(base() + "/");
			assertThat(text(first, "accept-language")).as("emulated").startsWith("de-DE");
			this.browsers.giveBack(first);

			ChromeDriver next = this.browsers.lend();
			next.get(base() + "/");

			assertThat(next).as("the same Chromium").isSameAs(first);
			assertThat(text(next, "cookie")).isEmpty();
			assertThat(text(next, "user-agent")).isEqualTo(userAgent);
			assertThat(text(next, "accept-language")).isEqualTo(language);
			assertThat(next.executeScript("return window.innerWidth")).isEqualTo(1200L);
		}
	}

	@Test
	void lendWhenTheBrowserIsInUseThenAnotherOne() {
		try (this.browsers) {
			assertThat(this.browsers.lend()).isNotSameAs(this.browsers.lend());
		}
	}

	private static String text(ChromeDriver driver, String id) {
		return driver.findElement(By.id(id)).getText();
	}

	private static String base() {
		return "http://localhost:" + site.getAddress().getPort();
	}

	/** A page that shows what the browser sent. */
	private static void echo(HttpExchange exchange) throws IOException {
		try (exchange) {
			StringBuilder page = new StringBuilder("<html><body>");
			for (String header : new String[] { "User-Agent", "Accept-Language", "Cookie" }) {
				String value = exchange.getRequestHeaders().getFirst(header);
				page.append("<p id=\"")
					.append(header.toLowerCase())
					.append("\">")
					.append((value != null) ? value : "")
					.append("</p>");
			}
			byte[] body = page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}
	}

}
