package dev.passwordless.vaadin.e2e.portal;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.testing.browser.BrowserExtension;
import dev.passwordless.testing.pages.LoginPage;
import dev.passwordless.testing.sms.Outbox;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second consumer end to end: a portal that has nothing of the sign-in but the
 * module's dependency signs a member of its group in through a real headless Chromium, on
 * the offline default, and lands on its own view.
 */
@LocalPortal
class PortalSignInIT {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension().checkingContentSecurityPolicy();

	private final WebDriver driver = browser.driver();

	@LocalServerPort
	private int port;

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private CognitoAuthClient cognitoAuth;

	@Autowired
	private CognitoPool pool;

	@Autowired
	private Environment environment;

	@Test
	void signInWhenTheUserIsInThePortalsGroupThenLandsOnThePortalsOwnView() {
		String phone = "+12025550131";
		this.cognitoAuth.signUp(phone, "Ada Lovelace");
		Reporters.add(this.pool, phone);
		ReportsPage reports = LoginPage.open(this.driver, browser.base())
			.sendCodeTo(phone)
			.enter(code(phone), ReportsPage::new);
		assertThat(reports.welcome()).isEqualTo("Reports for Ada Lovelace");
		assertThat(this.driver.getCurrentUrl()).isEqualTo(browser.base() + "/reports");
		this.driver.get(browser.base() + "/login");
		assertThat(new ReportsPage(this.driver).welcome()).as("signed in, the sign-in page leads on to the portal")
			.isEqualTo("Reports for Ada Lovelace");
	}

	@Test
	void portalViewWhenSignedOutThenTheModulesSignInInsideThePortalsLayout() {
		this.driver.get(browser.base() + "/reports");
		new LoginPage(this.driver);
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
		assertThat(this.driver.findElements(By.id("portal-header"))).hasSize(1);
	}

	@Test
	void loginViewWhenRegisterIsFollowedThenTheRegistrationViewInsideThePortalsLayout() {
		LoginPage.open(this.driver, browser.base()).toRegister();
		assertThat(this.driver.getCurrentUrl()).isEqualTo(browser.base() + "/register");
		assertThat(this.driver.findElements(By.id("portal-header"))).hasSize(1);
	}

	@Test
	void devInboxWhenOfflineThenServedWhateverThePortalScans() {
		this.driver.get(browser.base() + "/dev/sms-inbox");
		Boolean shown = new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until((d) -> d.getPageSource().contains("these messages never left this machine"));
		assertThat(shown).isTrue();
	}

	@Test
	void serverWhenTheLocalProfileIsActiveThenListensOnTheLoopbackOnly() throws Exception {
		assertThat(this.environment.getProperty("server.address")).isEqualTo("127.0.0.1");
		try (Socket loopback = new Socket()) {
			loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 2000);
		}
		for (InetAddress address : otherAddressesOfThisMachine()) {
			assertThatThrownBy(() -> {
				try (Socket other = new Socket()) {
					other.connect(new InetSocketAddress(address, this.port), 2000);
				}
			}).as("connecting through " + address).isInstanceOf(ConnectException.class);
		}
	}

	private static List<InetAddress> otherAddressesOfThisMachine() throws Exception {
		return NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.toList();
	}

	private String code(String phone) {
		return Outbox.at(this.cognito.pool().endpoint()).latestCode(phone);
	}

}
