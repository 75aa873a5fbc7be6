package dev.passwordless.vaadin.security;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class KnownDeviceTest {

	private static final MasterKey KEY = MasterKey.resolve("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", false,
			Optional.empty());

	private final KnownDevice devices = new KnownDevice(KEY, true);

	@Test
	void isKnownWhenThisBrowserSignedInAsTheNumberThenKnownForThatNumberOnly() {
		Cookie cookie = signedInAs("+12025550140");

		assertThat(this.devices.isKnown(requestWith(cookie), "+12025550140")).isTrue();
		assertThat(this.devices.isKnown(requestWith(cookie), "+12025550141")).isFalse();
	}

	@Test
	void isKnownWhenTheCookieIsForgedOrSignedWithAnotherKeyThenNotKnown() {
		Cookie cookie = signedInAs("+12025550142");
		KnownDevice otherKey = new KnownDevice(
				MasterKey.resolve("HxwdHhsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=", false, Optional.empty()), true);
		String id = cookie.getValue().substring(0, cookie.getValue().indexOf('.'));

		assertThat(otherKey.isKnown(requestWith(cookie), "+12025550142")).isFalse();
		assertThat(this.devices.isKnown(requestWith(new Cookie(KnownDevice.COOKIE, id + ".0000")), "+12025550142"))
			.isFalse();
		assertThat(this.devices.isKnown(requestWith(new Cookie(KnownDevice.COOKIE, "garbage")), "+12025550142"))
			.isFalse();
		assertThat(this.devices.isKnown(new MockHttpServletRequest(), "+12025550142")).isFalse();
	}

	@Test
	void rememberWhenSignedInThenALongLivedHttpOnlySecureLaxCookie() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.devices.remember(response, "+12025550143");

		assertThat(response.getHeader("Set-Cookie")).startsWith(KnownDevice.COOKIE + "=")
			.contains("Max-Age=34560000")
			.contains("HttpOnly")
			.contains("Secure")
			.contains("SameSite=Lax");
	}

	private Cookie signedInAs(String phoneNumber) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.devices.remember(response, phoneNumber);
		String header = response.getHeader("Set-Cookie");
		String value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
		return new Cookie(KnownDevice.COOKIE, value);
	}

	private static MockHttpServletRequest requestWith(Cookie cookie) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(cookie);
		return request;
	}

}
