package dev.passwordless.vaadin.security;

import java.time.Duration;
import java.time.Instant;

import dev.passwordless.rules.MovableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** When a browser is offered a passkey after a sign-in by code. */
class PasskeyOffersTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-12-06T10:00:00Z"));

	private final PasskeyOffers offers = new PasskeyOffers(Duration.ofDays(30), true, this.clock);

	@Test
	void dueWhenTheBrowserWasNeverAskedThenYes() {
		assertThat(this.offers.due(new MockHttpServletRequest())).isTrue();
	}

	@Test
	void dueWhenNotNowWasSaidThenNoForThirtyDaysAndYesAfter() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.offers.declined(response);
		Cookie cookie = response.getCookie(PasskeyOffers.COOKIE);
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSecure()).isTrue();

		this.clock.advance(Duration.ofDays(29));
		assertThat(this.offers.due(requestWith(cookie))).isFalse();
		this.clock.advance(Duration.ofDays(2));
		assertThat(this.offers.due(requestWith(cookie))).isTrue();
	}

	@Test
	void dueWhenAPasskeyWasAddedHereThenNotAskedAgainForAsLongAsTheCookieLives() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.offers.added(response);

		this.clock.advance(Duration.ofDays(399));
		assertThat(this.offers.due(requestWith(response.getCookie(PasskeyOffers.COOKIE)))).isFalse();
	}

	@Test
	void dueWhenTheCookieIsGarbledThenYes() {
		assertThat(this.offers.due(requestWith(new Cookie(PasskeyOffers.COOKIE, "tomorrow")))).isTrue();
	}

	private static MockHttpServletRequest requestWith(Cookie cookie) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(cookie);
		return request;
	}

}
