package dev.passwordless.vaadin.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What needs a fresh sign-in asks for the SMS factor of Spring Security's multi-factor
 * authorities, issued within the time allowed.
 */
class FreshSignInTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-12-06T10:00:00Z"));

	private final FreshSignIn fresh = new FreshSignIn(Duration.ofMinutes(15), this.clock);

	private final CognitoUser user = new CognitoUser("sub-1", "Ada", "+12025550110", List.of("admins"));

	@Test
	void holdsWhenACodeWasProvedWithinTheTimeThenYes() {
		assertThat(this.fresh.holds(new CognitoAuthentication(this.user, this.clock.instant()))).isTrue();
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.fresh.holds(new CognitoAuthentication(this.user, Instant.parse("2026-12-06T10:00:00Z"))))
			.isTrue();
	}

	@Test
	void holdsWhenTheCodeIsOlderThanTheTimeThenNo() {
		Instant proved = this.clock.instant();
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(this.fresh.holds(new CognitoAuthentication(this.user, proved))).isFalse();
	}

	@Test
	void holdsWhenAPasskeyWasProvedWithinTheTimeThenYesAndAfterItNo() {
		CognitoAuthentication passkey = new CognitoAuthentication(this.user,
				ProvedFactor.passkey(this.clock.instant()));
		assertThat(passkey.getAuthorities()).extracting((authority) -> authority.getAuthority())
			.containsExactlyInAnyOrder("ROLE_ADMINS", "FACTOR_WEBAUTHN");
		assertThat(this.fresh.holds(passkey)).isTrue();
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(this.fresh.holds(passkey)).isFalse();
	}

	@Test
	void holdsNowWhenTheRequestsContextProvedACodeThenYesAndWithoutOneNo() {
		try {
			SecurityContextHolder.getContext()
				.setAuthentication(new CognitoAuthentication(this.user, this.clock.instant()));
			assertThat(this.fresh.holdsNow()).isTrue();
			SecurityContextHolder.getContext().setAuthentication(new CognitoAuthentication(this.user));
			assertThat(this.fresh.holdsNow()).isFalse();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void holdsWhenRestoredByStaySignedInThenNoForNoCodeWasProved() {
		assertThat(this.fresh.holds(new CognitoAuthentication(this.user))).isFalse();
	}

	@Test
	void authenticationWhenACodeWasProvedThenItCarriesTheSmsFactorBesideTheGroupsRole() {
		assertThat(new CognitoAuthentication(this.user, this.clock.instant()).getAuthorities())
			.extracting((authority) -> authority.getAuthority())
			.containsExactlyInAnyOrder("ROLE_ADMINS", CognitoAuthentication.SMS_FACTOR);
	}

}
