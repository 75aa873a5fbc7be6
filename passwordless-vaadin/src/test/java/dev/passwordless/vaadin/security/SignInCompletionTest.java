package dev.passwordless.vaadin.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-over of a verified sign-in to its completion request: the session id changes
 * when the code is verified, and only the one-time nonce of that request completes it,
 * once, within a minute.
 */
class SignInCompletionTest {

	private static final CognitoUser ADA = new CognitoUser("sub-1", "Ada Lovelace", "+14155550123", List.of());

	private static final CognitoTokens TOKENS = new CognitoTokens("sub-1", "id", "access", "refresh",
			Instant.parse("2026-11-25T11:00:00Z"));

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final SignInCompletion completion = new SignInCompletion(this.clock);

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void beginWhenTheCodeIsVerifiedThenTheSessionIdChanges() {
		String before = this.session.getId();
		this.completion.begin(request(), ADA, TOKENS);
		assertThat(this.session.getId()).isNotEqualTo(before);
	}

	@Test
	void beginWhenTheCodeIsVerifiedThenTheLocationCarriesANonceTheSessionKeepsOnlyHashed() {
		String location = this.completion.begin(request(), ADA, TOKENS);
		assertThat(location).matches("signin/complete\\?nonce=[A-Za-z0-9_-]{43}");
		String nonce = nonce(location);
		for (String name : Collections.list(this.session.getAttributeNames())) {
			assertThat(String.valueOf(this.session.getAttribute(name))).doesNotContain(nonce);
		}
	}

	@Test
	void takeWhenTheNonceIsRightThenTheSignInOnceAndNeverAgain() {
		String nonce = nonce(this.completion.begin(request(), ADA, TOKENS));
		assertThat(this.completion.take(request(), nonce)).get().extracting(CompletedSignIn::user).isEqualTo(ADA);
		assertThat(this.completion.take(request(), nonce)).isEmpty();
	}

	@Test
	void takeWhenTheNonceIsMissingOrWrongThenNothingAndTheRightOneStillCompletes() {
		String nonce = nonce(this.completion.begin(request(), ADA, TOKENS));
		assertThat(this.completion.take(request(), null)).isEmpty();
		assertThat(this.completion.take(request(), "")).isEmpty();
		assertThat(this.completion.take(request(), nonce.substring(1) + "A")).isEmpty();
		assertThat(this.completion.take(request(), nonce)).isPresent();
	}

	@Test
	void takeWhenTheNonceIsTooOldThenNothingEvenWithTheRightOne() {
		String nonce = nonce(this.completion.begin(request(), ADA, TOKENS));
		this.clock.advance(SignInCompletion.VALIDITY);
		assertThat(this.completion.take(request(), nonce)).isEmpty();
		this.clock.advance(Duration.ofSeconds(-1));
		assertThat(this.completion.take(request(), nonce)).as("an expired sign-in is dropped").isEmpty();
	}

	@Test
	void takeWhenAnotherSessionBringsTheNonceThenNothing() {
		String nonce = nonce(this.completion.begin(request(), ADA, TOKENS));
		MockHttpServletRequest other = new MockHttpServletRequest();
		other.setSession(new MockHttpSession());
		assertThat(this.completion.take(other, nonce)).isEmpty();
		assertThat(this.completion.take(request(), nonce)).isPresent();
	}

	private MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(this.session);
		return request;
	}

	private static String nonce(String location) {
		return location.substring(location.indexOf('=') + 1);
	}

}
