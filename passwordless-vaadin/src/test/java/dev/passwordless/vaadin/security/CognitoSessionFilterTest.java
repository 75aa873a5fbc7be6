package dev.passwordless.vaadin.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.passwordless.vaadin.cognito.ClientSecret;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session filter refreshes tokens about to expire, and ends the session when
 * refreshing fails or its user signed out everywhere since (the moments kept in H2, as
 * the default database keeps them).
 */
class CognitoSessionFilterTest {

	private static HikariDataSource pool;

	private static PasswordlessDatabase database;

	@BeforeAll
	static void database() {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:sessions-" + UUID.randomUUID()
				+ ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		config.setUsername("sa");
		pool = new HikariDataSource(config);
		database = PasswordlessDatabase.migrated(pool);
	}

	@AfterAll
	static void closeDatabase() {
		pool.close();
	}

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	private final List<String> refreshed = new ArrayList<>();

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	/** Ada, in the group {@code portal-users} from her second ID token on. */
	private final CognitoTokenVerifier acceptAll = new CognitoTokenVerifier(unusedDecoder(), unusedDecoder(), "iss",
			"client", CLOCK) {
		@Override
		public CognitoUser verify(CognitoTokens tokens) {
			return new CognitoUser(tokens.idToken().equals("id-other") ? "someone-else" : "sub", "Ada", "+14155550123",
					tokens.idToken().equals("id-2") ? List.of("portal-users") : List.of());
		}
	};

	private String refreshedIdToken = "id-2";

	private final SignOutsEverywhere signOuts = new SignOutsEverywhere(database, CLOCK,
			new LastSignIns(database, CLOCK), new SessionBounds(Duration.ofMinutes(10), Duration.ofMinutes(30), 100));

	private static final MasterKey KEY = MasterKey.resolve("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", false,
			Optional.empty());

	private final RememberMeRecords records = new RememberMeRecords(database, KEY);

	private final Devices devices = new Devices(this.records, new RefreshedSignIn() {
		@Override
		public Restored restore(String username, String refreshToken) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void revoke(String refreshToken) {
		}
	}, CLOCK);

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void filterWhenAccessTokenIsAboutToExpireThenRefreshesIt() throws Exception {
		MockHttpSession session = sessionWith(tokens(NOW.plusSeconds(30)));
		run(session, cognito(false));
		assertThat(this.refreshed).containsExactly("refresh-1");
		assertThat(((CognitoTokens) session.getAttribute(SessionKeys.TOKENS)).accessToken()).isEqualTo("access-2");
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void filterWhenAccessTokenIsFreshThenLeavesItAlone() throws Exception {
		MockHttpSession session = sessionWith(tokens(NOW.plusSeconds(3600)));
		run(session, cognito(false));
		assertThat(this.refreshed).isEmpty();
		assertThat(((CognitoTokens) session.getAttribute(SessionKeys.TOKENS)).accessToken()).isEqualTo("access-1");
	}

	@Test
	void filterWhenTheTokensAreRefreshedThenTheRolesComeFromTheNewIdToken() throws Exception {
		MockHttpSession session = signedInSessionWith(tokens(NOW.plusSeconds(30)));
		run(session, cognito(false));
		SecurityContext saved = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(saved.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_PORTAL_USERS");
		assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
			.extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_PORTAL_USERS");
	}

	@Test
	void filterWhenTheRefreshedTokensAreAnotherUsersThenSignsTheUserOut() throws Exception {
		this.refreshedIdToken = "id-other";
		MockHttpSession session = signedInSessionWith(tokens(NOW.plusSeconds(30)));
		run(session, cognito(false));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void filterWhenRefreshFailsThenSignsTheUserOut() throws Exception {
		MockHttpSession session = sessionWith(tokens(NOW.minusSeconds(1)));
		run(session, cognito(true));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void filterWhenTheUserSignedOutEverywhereAfterThisSessionSignedInThenEndsIt() throws Exception {
		MockHttpSession session = sessionWith(tokens("user-everywhere", NOW.plusSeconds(3600)));
		session.setAttribute(SessionKeys.SIGNED_IN_AT, NOW.minusSeconds(60));
		this.signOuts.signedOutEverywhere("user-everywhere");
		run(session, cognito(false));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void filterWhenTheUserSignedOutEverywhereBeforeThisSessionSignedInThenKeepsIt() throws Exception {
		this.signOuts.signedOutEverywhere("user-again");
		MockHttpSession session = sessionWith(tokens("user-again", NOW.plusSeconds(3600)));
		session.setAttribute(SessionKeys.SIGNED_IN_AT, NOW.plusMillis(1));
		run(session, cognito(false));
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void filterWhenASessionHasTokensButNoSignInMomentThenEndsIt() throws Exception {
		MockHttpSession session = sessionWith(tokens("user-new", NOW.plusSeconds(3600)));
		session.removeAttribute(SessionKeys.SIGNED_IN_AT);
		run(session, cognito(false));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void filterWhenTheDeviceThisSessionStaysSignedInOnWasSignedOutElsewhereThenEndsIt() throws Exception {
		this.records.create("series-gone", "user-device", "t", NOW, NOW.plusSeconds(3600), "r", null);
		MockHttpSession session = sessionWith(tokens("user-device", NOW.plusSeconds(3600)));
		session.setAttribute(SessionKeys.DEVICE, "series-gone");
		run(session, cognito(false));
		assertThat(session.isInvalid()).as("its record is there").isFalse();

		this.devices.signOut("user-device", "series-gone");
		run(session, cognito(false));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void filterWhenTheTokensAreRefreshedThenTheProvedFactorKeepsItsKindAndTimeAndARestoredSessionGetsNone()
			throws Exception {
		MockHttpSession proved = signedInSessionWith(tokens(NOW.plusSeconds(30)));
		proved.setAttribute(SessionKeys.FACTOR_PROVED, ProvedFactor.passkey(NOW.minusSeconds(120)));
		run(proved, cognito(false));
		assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
			.filteredOn((authority) -> authority instanceof FactorGrantedAuthority)
			.singleElement()
			.satisfies((authority) -> {
				assertThat(authority.getAuthority()).isEqualTo(FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
				assertThat(((FactorGrantedAuthority) authority).getIssuedAt()).isEqualTo(NOW.minusSeconds(120));
			});

		SecurityContextHolder.clearContext();
		MockHttpSession restored = signedInSessionWith(tokens(NOW.plusSeconds(30)));
		run(restored, cognito(false));
		assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
			.noneMatch((authority) -> authority instanceof FactorGrantedAuthority);
	}

	@Test
	void signInWhenASessionIsSignedInThenItsMomentIsKeptWithItsTokens() {
		MockHttpSession session = new MockHttpSession();
		this.signOuts.signIn(session, tokens("user-new", NOW.plusSeconds(3600)));
		assertThat(session.getAttribute(SessionKeys.SIGNED_IN_AT)).isEqualTo(NOW);
		assertThat(session.getAttribute(SessionKeys.TOKENS)).isNotNull();
		assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
	}

	private void run(MockHttpSession session, CognitoAuthClient cognito) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(session);
		new CognitoSessionFilter(cognito, this.acceptAll, CLOCK, this.signOuts, this.devices).doFilter(request,
				new MockHttpServletResponse(), new MockFilterChain());
	}

	private CognitoAuthClient cognito(boolean failing) {
		CognitoPool pool = new CognitoPool(URI.create("http://127.0.0.1:9"), "us-east-1", "us-east-1_X", "client",
				ClientSecret.of("secretsecretsecretsecret"), "iss", URI.create("http://127.0.0.1:9/jwks"), true);
		return new CognitoAuthClient(null, pool, CLOCK) {
			@Override
			public CognitoTokens refresh(CognitoTokens tokens) {
				CognitoSessionFilterTest.this.refreshed.add(tokens.refreshToken());
				if (failing) {
					throw new SignInProblem(SignInProblem.Kind.SESSION_EXPIRED, "Please sign in again.");
				}
				return new CognitoTokens("user-1", CognitoSessionFilterTest.this.refreshedIdToken, "access-2",
						tokens.refreshToken(), NOW.plusSeconds(3600));
			}
		};
	}

	/** Signed in as Ada before she joined the group. */
	private static MockHttpSession signedInSessionWith(CognitoTokens tokens) {
		MockHttpSession session = sessionWith(tokens);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CognitoAuthentication(new CognitoUser("sub", "Ada", "+14155550123", List.of())));
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		SecurityContextHolder.setContext(context);
		return session;
	}

	/** Signed in a minute ago, as {@link SignOutsEverywhere#signIn} leaves a session. */
	private static MockHttpSession sessionWith(CognitoTokens tokens) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SessionKeys.TOKENS, tokens);
		session.setAttribute(SessionKeys.SIGNED_IN_AT, NOW.minusSeconds(60));
		return session;
	}

	private static CognitoTokens tokens(Instant accessExpiresAt) {
		return tokens("user-1", accessExpiresAt);
	}

	private static CognitoTokens tokens(String username, Instant accessExpiresAt) {
		return new CognitoTokens(username, "id-1", "access-1", "refresh-1", accessExpiresAt);
	}

	private static NimbusJwtDecoder unusedDecoder() {
		return NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:9/jwks").build();
	}

}
