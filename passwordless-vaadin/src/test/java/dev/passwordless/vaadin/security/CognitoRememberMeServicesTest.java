package dev.passwordless.vaadin.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.vaadin.audit.AuditKind;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.audit.RecordedAudit;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.store.InMemoryDatabase;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Stay signed in" without a browser: the records on H2, Cognito's refresh behind
 * {@link RefreshedSignIn}, requests and responses as Spring's mocks, a clock the test
 * moves. Each test has a user of its own.
 */
class CognitoRememberMeServicesTest {

	private static final MasterKey KEY = MasterKey.resolve("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", false,
			Optional.empty());

	private static final String COOKIE = "passwordless-remember-me";

	private static InMemoryDatabase pool;

	private static PasswordlessDatabase database;

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-12-06T10:00:00Z"));

	private final RecordedAudit audit = new RecordedAudit(this.clock);

	private final List<String> revoked = new ArrayList<>();

	/** What Cognito does with a refresh: restore, refuse, or not answer. */
	private RefreshAnswer answer = RefreshAnswer.RESTORE;

	private final SignOutsEverywhere signOuts = new SignOutsEverywhere(database, this.clock,
			new LastSignIns(database, this.clock),
			new SessionBounds(Duration.ofMinutes(10), Duration.ofMinutes(30), 100));

	private final CognitoRememberMeServices rememberMe = new CognitoRememberMeServices(
			new RememberMeRecords(database, KEY), KEY, new RememberMeProperties(null, Duration.ofDays(30), COOKIE),
			true, new FakeCognito(), new SignInMetrics(new SimpleMeterRegistry()), this.signOuts, this.clock,
			this.audit.trail());

	@BeforeAll
	static void database() {
		pool = InMemoryDatabase.open("remember-me");
		database = pool.database();
	}

	@AfterAll
	static void close() {
		pool.close();
	}

	@Test
	void rememberWhenTheBoxWasTickedThenASecureHttpOnlyCookieThatLivesAsLongAsItsRecord() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.rememberMe.remember(new MockHttpServletRequest(), response, tokens("user-remember"));

		Cookie cookie = response.getCookie(COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getSecure()).isTrue();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getMaxAge()).isEqualTo((int) Duration.ofDays(30).toSeconds());
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
	}

	@Test
	void autoLoginWhenTheCookieComesBackThenSignedInWithoutAnSmsAndTheTokenRotates() {
		Cookie first = remembered("user-restore");

		MockHttpServletRequest request = requestWith(first);
		MockHttpServletResponse response = new MockHttpServletResponse();
		Authentication restored = this.rememberMe.autoLogin(request, response);

		assertThat(restored).isInstanceOf(CognitoAuthentication.class);
		assertThat(((CognitoUser) restored.getPrincipal()).name()).isEqualTo("Ada user-restore");
		assertThat(request.getAttribute(CognitoRememberMeServices.RESTORED_TOKENS)).isNotNull();
		assertThat(response.getCookie(COOKIE).getValue()).isNotEqualTo(first.getValue());
	}

	@Test
	void autoLoginWhenAnOldTokenIsReplayedAfterTheGracePeriodThenTheftEveryDeviceAndSessionEnds() {
		Cookie copied = remembered("user-theft");
		Instant beforeTheft = this.clock.instant();
		this.rememberMe.autoLogin(requestWith(copied), new MockHttpServletResponse());
		this.clock.advance(CognitoRememberMeServices.ROTATION_GRACE.plusSeconds(1));

		assertThatThrownBy(() -> this.rememberMe.autoLogin(requestWith(copied), new MockHttpServletResponse()))
			.isInstanceOf(CookieTheftException.class);

		assertThat(this.revoked).containsExactly("refresh-user-theft");
		assertThat(this.signOuts.endedSince("user-theft", beforeTheft)).isTrue();
		assertThat(database.jdbc()
			.queryForObject("select count(*) from passwordless_remember_me where username = 'user-theft'",
					Integer.class))
			.isZero();
	}

	@Test
	void autoLoginWhenARequestSentBeforeTheRotationArrivesAfterItThenSignedInWithoutRotatingAgainOrTheft() {
		Cookie before = remembered("user-poll-and-reload");
		MockHttpServletResponse first = new MockHttpServletResponse();
		this.rememberMe.autoLogin(requestWith(before), first);
		this.clock.advance(CognitoRememberMeServices.ROTATION_GRACE.minusSeconds(1));

		MockHttpServletResponse second = new MockHttpServletResponse();
		assertThat(this.rememberMe.autoLogin(requestWith(before), second)).isInstanceOf(CognitoAuthentication.class);

		assertThat(second.getCookie(COOKIE)).as("the browser keeps the first answer's cookie").isNull();
		assertThat(this.revoked).isEmpty();
		assertThat(records("user-poll-and-reload")).isOne();
		assertThat(this.rememberMe.autoLogin(requestWith(first.getCookie(COOKIE)), new MockHttpServletResponse()))
			.as("the rotated cookie still signs in")
			.isNotNull();
	}

	@Test
	void autoLoginWhenTheReplacedTokenComesFromAnotherBrowserWithinTheGracePeriodThenTheft() {
		MockHttpServletRequest made = new MockHttpServletRequest();
		made.addHeader("User-Agent", "the owner's browser");
		MockHttpServletResponse madeResponse = new MockHttpServletResponse();
		this.rememberMe.remember(made, madeResponse, tokens("user-copied-in-grace"));
		Cookie copied = madeResponse.getCookie(COOKIE);
		MockHttpServletRequest owner = requestWith(copied);
		owner.addHeader("User-Agent", "the owner's browser");
		this.rememberMe.autoLogin(owner, new MockHttpServletResponse());

		MockHttpServletRequest thief = requestWith(copied);
		thief.addHeader("User-Agent", "another browser");
		assertThatThrownBy(() -> this.rememberMe.autoLogin(thief, new MockHttpServletResponse()))
			.isInstanceOf(CookieTheftException.class);
		assertThat(records("user-copied-in-grace")).isZero();
	}

	@Test
	void autoLoginWhenATokenTwoRotationsOldComesBackWithinTheGracePeriodThenTheft() {
		Cookie oldest = remembered("user-two-rotations");
		MockHttpServletResponse first = new MockHttpServletResponse();
		this.rememberMe.autoLogin(requestWith(oldest), first);
		this.rememberMe.autoLogin(requestWith(first.getCookie(COOKIE)), new MockHttpServletResponse());

		assertThatThrownBy(() -> this.rememberMe.autoLogin(requestWith(oldest), new MockHttpServletResponse()))
			.isInstanceOf(CookieTheftException.class);
		assertThat(records("user-two-rotations")).isZero();
	}

	@Test
	void autoLoginWhenTheCookieComesBackThenTheTrailRecordsASignInByStaySignedIn() {
		Cookie cookie = remembered("user-audited");

		this.rememberMe.autoLogin(requestWith(cookie), new MockHttpServletResponse());

		AuditEvent signedIn = this.audit.last(AuditKind.SIGNED_IN);
		assertThat(signedIn.getPrincipal()).isEqualTo("sub-user-audited");
		assertThat(signedIn.getData()).containsEntry(AuditTrail.HOW, "stay-signed-in")
			.containsEntry(AuditTrail.MASKED_NUMBER, "+*******0120");
		assertThat(signedIn.getTimestamp()).isEqualTo(this.clock.instant());
	}

	@Test
	void autoLoginWhenACopiedCookieIsUsedThenTheTrailRecordsTheTheftForTheUserBySystem() {
		Cookie copied = remembered("user-audited-theft");
		this.rememberMe.autoLogin(requestWith(copied), new MockHttpServletResponse());
		this.clock.advance(CognitoRememberMeServices.ROTATION_GRACE.plusSeconds(1));

		assertThatThrownBy(() -> this.rememberMe.autoLogin(requestWith(copied), new MockHttpServletResponse()))
			.isInstanceOf(CookieTheftException.class);

		AuditEvent refused = this.audit.last(AuditKind.STAY_SIGNED_IN_REFUSED);
		assertThat(refused.getPrincipal()).isEqualTo("user-audited-theft");
		assertThat(refused.getData()).containsEntry(AuditTrail.REASON, "theft")
			.containsEntry(AuditTrail.ACTOR, AuditTrail.SYSTEM);
	}

	@Test
	void autoLoginWhenTheRecordIsPastItsValidityThenNotSignedInAndTheRecordGoes() {
		Cookie cookie = remembered("user-expired");
		this.clock.advance(Duration.ofDays(30));

		assertThat(this.rememberMe.autoLogin(requestWith(cookie), new MockHttpServletResponse())).isNull();
		assertThat(records("user-expired")).isZero();
	}

	@Test
	void autoLoginWhenCognitoRefusesTheRefreshTokenThenNotSignedInAndTheRecordGoes() {
		Cookie cookie = remembered("user-refused");
		this.answer = RefreshAnswer.REFUSE;

		assertThat(this.rememberMe.autoLogin(requestWith(cookie), new MockHttpServletResponse())).isNull();
		assertThat(records("user-refused")).isZero();
	}

	@Test
	void autoLoginWhenCognitoCannotBeAskedThenTheRecordAndTheCookieStayForLater() {
		Cookie cookie = remembered("user-unavailable");
		this.answer = RefreshAnswer.UNAVAILABLE;
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThatThrownBy(() -> this.rememberMe.autoLogin(requestWith(cookie), response))
			.isInstanceOf(PoolUnavailable.class);
		assertThat(records("user-unavailable")).isOne();
		assertThat(response.getCookie(COOKIE)).isNull();
		this.answer = RefreshAnswer.RESTORE;
		assertThat(this.rememberMe.autoLogin(requestWith(cookie), new MockHttpServletResponse())).isNotNull();
	}

	@Test
	void logoutWhenThisDeviceSignsOutThenOnlyItsRecordGoes() {
		Cookie here = remembered("user-two-devices");
		remembered("user-two-devices");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.rememberMe.logout(requestWith(here), response, null);

		assertThat(records("user-two-devices")).isOne();
		assertThat(response.getCookie(COOKIE).getMaxAge()).isZero();
	}

	private Cookie remembered(String username) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.rememberMe.remember(new MockHttpServletRequest(), response, tokens(username));
		return response.getCookie(COOKIE);
	}

	private static MockHttpServletRequest requestWith(Cookie cookie) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie(cookie.getName(), cookie.getValue()));
		return request;
	}

	private static int records(String username) {
		return database.jdbc()
			.queryForObject("select count(*) from passwordless_remember_me where username = ?", Integer.class,
					username);
	}

	private CognitoTokens tokens(String username) {
		return new CognitoTokens(username, "id", "access", "refresh-" + username,
				this.clock.instant().plusSeconds(3600));
	}

	private enum RefreshAnswer {

		RESTORE, REFUSE, UNAVAILABLE

	}

	/** Cognito's side of a refresh, as the test says it answers. */
	private final class FakeCognito implements RefreshedSignIn {

		@Override
		public Restored restore(String username, String refreshToken) {
			return switch (CognitoRememberMeServicesTest.this.answer) {
				case RESTORE ->
					new Restored(new CognitoUser("sub-" + username, "Ada " + username, "+12025550120", List.of()),
							tokens(username));
				case REFUSE -> throw new RefreshedSignIn.Refused("refused");
				case UNAVAILABLE -> throw new PoolUnavailable();
			};
		}

		@Override
		public void revoke(String refreshToken) {
			CognitoRememberMeServicesTest.this.revoked.add(refreshToken);
		}

	}

}
