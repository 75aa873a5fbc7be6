package dev.passwordless.vaadin.security;

import java.time.Duration;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionBoundsTest {

	private final SessionBounds bounds = new SessionBounds(Duration.ofMinutes(10), Duration.ofMinutes(30));

	@Test
	void sessionCreatedWhenNobodyHasSignedInThenItEndsAfterTenIdleMinutes() {
		MockHttpSession session = new MockHttpSession();

		this.bounds.sessionCreated(new HttpSessionEvent(session));

		assertThat(session.getMaxInactiveInterval()).isEqualTo(600);
	}

	@Test
	void signedInWhenTheSessionIsSignedInThenItLivesAsLongAsTheServerSays() {
		MockHttpSession session = new MockHttpSession();
		this.bounds.sessionCreated(new HttpSessionEvent(session));

		this.bounds.signedIn(session);

		assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
	}

}
