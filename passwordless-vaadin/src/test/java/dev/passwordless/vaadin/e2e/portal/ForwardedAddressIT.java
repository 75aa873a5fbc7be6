package dev.passwordless.vaadin.e2e.portal;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.browser.RecordingProxy;
import dev.passwordless.testing.pages.LoginPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address limit behind proxies, through a real browser and real proxies: the app
 * believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} from the trusted proxy
 * (127.0.0.2) only. Through it, each client has its own limit, keyed on the address the
 * proxy saw, whatever the client itself put in the header; from any other peer (a proxy
 * at 127.0.0.3 here) the header is ignored and the limit is the peer's.
 */
@BehindAProxy
class ForwardedAddressIT {

	private static final String REFUSED = "Too many attempts. Please try again in";

	private static final AtomicInteger NUMBERS = new AtomicInteger(100);

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	private static RecordingProxy trusted;

	private static RecordingProxy untrusted;

	private final WebDriver driver = browser.driver();

	@LocalServerPort
	private int port;

	@AfterAll
	static void stopTheProxies() {
		trusted.close();
		untrusted.close();
	}

	@BeforeEach
	void proxies() throws Exception {
		if (trusted == null) {
			trusted = new RecordingProxy(this.port, InetAddress.getByName("127.0.0.2"));
			untrusted = new RecordingProxy(this.port, InetAddress.getByName("127.0.0.3"));
		}
		trusted.header("X-Forwarded-For", null);
		untrusted.header("X-Forwarded-For", null);
	}

	@Test
	void sendCodeWhenTheTrustedProxyReportsTheClientThenEachClientHasItsOwnLimit() {
		trusted.header("X-Forwarded-For", "198.51.100.7");
		for (int i = 0; i < 3; i++) {
			sendCode(trusted);
		}
		assertThat(sendCodeRefused(trusted)).startsWith(REFUSED);
		trusted.header("X-Forwarded-For", "198.51.100.8");
		sendCode(trusted);
	}

	@Test
	void sendCodeWhenAClientForgesTheHeaderTheTrustedProxyAppendsToThenTheLimitIsOnTheAddressTheProxySaw() {
		trusted.header("X-Forwarded-For", "203.0.113.66, 198.51.100.20");
		for (int i = 0; i < 3; i++) {
			sendCode(trusted);
		}
		assertThat(sendCodeRefused(trusted)).startsWith(REFUSED);
		trusted.header("X-Forwarded-For", "203.0.113.66, 198.51.100.21");
		sendCode(trusted);
	}

	@Test
	void sendCodeWhenAClientRotatesItsAddressWithinOneIpv6Slash64ThenTheyShareOneLimit() {
		for (int i = 1; i <= 3; i++) {
			trusted.header("X-Forwarded-For", "2001:db8:5:6::" + i);
			sendCode(trusted);
		}
		trusted.header("X-Forwarded-For", "2001:db8:5:6:ffff:ffff:ffff:4");
		assertThat(sendCodeRefused(trusted)).startsWith(REFUSED);
		trusted.header("X-Forwarded-For", "2001:db8:5:7::1");
		sendCode(trusted);
	}

	@Test
	void sendCodeWhenAnUntrustedPeerForgesTheHeaderThenTheLimitIsThePeersWhateverItSays() {
		for (int i = 0; i < 3; i++) {
			untrusted.header("X-Forwarded-For", "198.51.100." + (30 + i));
			sendCode(untrusted);
		}
		untrusted.header("X-Forwarded-For", "198.51.100.33");
		assertThat(sendCodeRefused(untrusted)).startsWith(REFUSED);
	}

	@Test
	void hstsWhenTheTrustedProxySaysTheRequestCameOverTlsThenSentAndFromAnyoneElseNot() throws Exception {
		assertThat(hsts("127.0.0.2")).hasValueSatisfying((hsts) -> assertThat(hsts).startsWith("max-age="));
		assertThat(hsts("127.0.0.3")).isEmpty();
		assertThat(hsts("127.0.0.1")).isEmpty();
	}

	private void sendCode(RecordingProxy proxy) {
		visit(proxy).sendCodeTo(nextNumber());
	}

	private String sendCodeRefused(RecordingProxy proxy) {
		return visit(proxy).sendCodeExpectingProblem(nextNumber()).messageContaining(REFUSED);
	}

	private LoginPage visit(RecordingProxy proxy) {
		browser.freshVisitor();
		return LoginPage.open(this.driver, proxy.base());
	}

	private java.util.Optional<String> hsts(String from) throws Exception {
		HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build();
		HttpResponse<Void> response = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.discarding());
		return response.headers().firstValue("Strict-Transport-Security");
	}

	/** Numbers nobody registered: the code step looks the same, and no SMS is sent. */
	private static String nextNumber() {
		return "+1917555" + String.format("%04d", NUMBERS.incrementAndGet());
	}

}
