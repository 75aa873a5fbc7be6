package dev.passwordless.local.auth;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.store.RefreshToken;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.SigningKeyStore;
import dev.passwordless.local.store.User;

/**
 * The pool's tokens: RS256 ID and access tokens with Cognito's claims, signed with two
 * separate keys that are made once and kept in the store ({@link SigningKey}), and opaque
 * refresh tokens stored only as a SHA-256.
 */
public final class Tokens {

	/**
	 * How long each kind of token lives.
	 *
	 * @param access access tokens (Cognito's default: 1 hour)
	 * @param id ID tokens (default 1 hour)
	 * @param refresh refresh tokens (default 30 days)
	 */
	public record Validity(Duration access, Duration id, Duration refresh) {
	}

	private final Validity validity;

	private final String issuer;

	private final RefreshTokenStore refreshTokens;

	private final Clock clock;

	private final CompletableFuture<SigningKey> idKey;

	private final CompletableFuture<SigningKey> accessKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Starts loading the signing keys (making them the first time), on a thread of their
	 * own: making two RSA keys takes a while, and only signing and checking tokens need
	 * them.
	 * @param validity the token lifetimes
	 * @param issuer the {@code iss} claim
	 * @param keys where the signing keys are kept
	 * @param refreshTokens where refresh tokens are kept
	 * @param clock the pool's time
	 */
	public Tokens(Validity validity, String issuer, SigningKeyStore keys, RefreshTokenStore refreshTokens,
			Clock clock) {
		this.validity = validity;
		this.issuer = issuer;
		this.refreshTokens = refreshTokens;
		this.clock = clock;
		Executor background = (task) -> Thread.ofPlatform().name("local-cognito-keys").daemon().start(task);
		this.idKey = CompletableFuture.supplyAsync(() -> SigningKey.load(keys, "id"), background);
		this.accessKey = CompletableFuture.supplyAsync(() -> SigningKey.load(keys, "access"), background);
	}

	/** The public keys, as Cognito publishes them. */
	public String jwks() {
		return new JWKSet(List.of(idKey().publicJwk(), accessKey().publicJwk())).toString(true);
	}

	/** Tokens for a completed sign-in, with a new refresh token. */
	public IssuedTokens signIn(User user, List<String> groups, String clientId) {
		Instant now = this.clock.instant();
		String originJti = UUID.randomUUID().toString();
		byte[] bytes = new byte[64];
		this.random.nextBytes(bytes);
		String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.refreshTokens.insert(refreshToken,
				new RefreshToken(originJti, user.username(), clientId, now, now.plus(this.validity.refresh()), false));
		return issue(user, groups, clientId, now, originJti, refreshToken);
	}

	/**
	 * New ID and access tokens for a refresh; the refresh token stays the same and is not
	 * returned.
	 */
	public IssuedTokens refresh(User user, List<String> groups, RefreshToken refreshToken) {
		return issue(user, groups, refreshToken.clientId(), refreshToken.authTime(), refreshToken.originJti(), null);
	}

	/**
	 * Checks an access token the way Cognito's user-facing operations do.
	 * @return its claims
	 * @throws CognitoException {@code NotAuthorizedException} when it is not a valid,
	 * unexpired, unrevoked access token of this pool
	 */
	public JWTClaimsSet verifyAccessToken(String token) {
		JWTClaimsSet claims;
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			if (!accessKey().signed(jwt)) {
				throw CognitoException.notAuthorized("Invalid Access Token");
			}
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException | JOSEException | IllegalStateException ex) {
			throw CognitoException.notAuthorized("Invalid Access Token");
		}
		if (!this.issuer.equals(claims.getIssuer()) || !"access".equals(claims.getClaim("token_use"))) {
			throw CognitoException.notAuthorized("Invalid Access Token");
		}
		if (claims.getExpirationTime() == null
				|| !claims.getExpirationTime().toInstant().isAfter(this.clock.instant())) {
			throw CognitoException.notAuthorized("Access Token has expired");
		}
		if (this.refreshTokens.isRevoked(String.valueOf(claims.getClaim("origin_jti")))) {
			throw CognitoException.notAuthorized("Access Token has been revoked");
		}
		return claims;
	}

	private IssuedTokens issue(User user, List<String> groups, String clientId, Instant authTime, String originJti,
			String refreshToken) {
		Instant now = this.clock.instant();
		String eventId = UUID.randomUUID().toString();
		JWTClaimsSet.Builder id = common(user, groups, authTime, originJti, eventId, now, now.plus(this.validity.id()))
			.audience(clientId)
			.claim("token_use", "id")
			.claim("cognito:username", user.username());
		user.attributes().forEach((name, value) -> {
			if (!name.equals("sub")) {
				id.claim(name, name.endsWith("_verified") ? (Object) Boolean.parseBoolean(value) : value);
			}
		});
		JWTClaimsSet access = common(user, groups, authTime, originJti, eventId, now, now.plus(this.validity.access()))
			.claim("client_id", clientId)
			.claim("token_use", "access")
			.claim("scope", "aws.cognito.signin.user.admin")
			.claim("username", user.username())
			.build();
		return new IssuedTokens(idKey().sign(id.build()), accessKey().sign(access), refreshToken,
				this.validity.access().toSeconds());
	}

	private JWTClaimsSet.Builder common(User user, List<String> groups, Instant authTime, String originJti,
			String eventId, Instant now, Instant expiry) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user.username())
			.issuer(this.issuer)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(expiry))
			.jwtID(UUID.randomUUID().toString())
			.claim("auth_time", authTime.getEpochSecond())
			.claim("origin_jti", originJti)
			.claim("event_id", eventId);
		if (!groups.isEmpty()) {
			claims.claim("cognito:groups", groups);
		}
		return claims;
	}

	/** Waits until both keys are loaded. */
	public void awaitKeys() {
		idKey();
		accessKey();
	}

	private SigningKey idKey() {
		return this.idKey.join();
	}

	private SigningKey accessKey() {
		return this.accessKey.join();
	}

}
