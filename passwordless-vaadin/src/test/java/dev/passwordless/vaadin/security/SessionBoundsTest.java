package dev.passwordless.vaadin.security;

import java.time.Duration;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionBoundsTest {

	private final SessionBounds bounds = new SessionBounds(Duration.ofMinutes(10), Duration.ofMinutes(30), 3);

	@Test
	void sessionCreatedWhenNobodyHasSignedInThenItEndsAfterTenIdleMinutes() {
		MockHttpSession session = created();

		assertThat(session.getMaxInactiveInterval()).isEqualTo(600);
	}

	@Test
	void signedInWhenTheSessionIsSignedInThenItLivesAsLongAsTheServerSays() {
		MockHttpSession session = created();

		this.bounds.signedIn(session);

		assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
	}

	@Test
	void sessionCreatedWhenPastTheMostAnonymousSessionsThenTheOldestAnonymousOneEndsAndSignedInOnesStay() {
		MockHttpSession signedIn = created();
		this.bounds.signedIn(signedIn);
		MockHttpSession oldest = created();
		MockHttpSession second = created();
		MockHttpSession third = created();

		MockHttpSession fourth = created();

		assertThat(oldest.isInvalid()).isTrue();
		assertThat(signedIn.isInvalid()).isFalse();
		assertThat(second.isInvalid()).isFalse();
		assertThat(third.isInvalid()).isFalse();
		assertThat(fourth.isInvalid()).isFalse();
	}

	private MockHttpSession created() {
		MockHttpSession session = new MockHttpSession();
		this.bounds.sessionCreated(new HttpSessionEvent(session));
		return session;
	}

}
