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
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

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
 * <p>
 * Kept keys load as the pool starts (one that cannot load stops the start); missing ones
 * are made when first needed, or earlier when {@link #prepareKeys() prepared} (the pool
 * does at a sign-in's first step): making two RSA keys was most of a fresh pool's start,
 * and a pool that never signs anyone in (most pools tests start) never needs them.
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

	private final Key idKey;

	private final Key accessKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Starts loading the signing keys the store keeps, on threads of their own; the
	 * others are made when first needed or {@link #prepareKeys() prepared}.
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
		this.idKey = new Key(keys, "id");
		this.accessKey = new Key(keys, "access");
	}

	/**
	 * Starts making the signing keys the store does not keep yet, on threads of their
	 * own, so that the first sign-in need not wait for them; does nothing when they are
	 * made or being made.
	 */
	public void prepareKeys() {
		this.idKey.load();
		this.accessKey.load();
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

	/**
	 * Waits until the keys being loaded or made are; a key nobody needed yet is not made.
	 * @throws IllegalStateException when a kept key cannot be loaded
	 */
	public void awaitKeys() {
		this.idKey.await();
		this.accessKey.await();
	}

	/** Whether both keys are loaded or made. */
	public boolean keysReady() {
		return this.idKey.loaded() && this.accessKey.loaded();
	}

	private SigningKey idKey() {
		prepareKeys();
		return this.idKey.load().join();
	}

	private SigningKey accessKey() {
		prepareKeys();
		return this.accessKey.load().join();
	}

	/**
	 * One signing key: loaded at once when the store keeps it, made at the first
	 * {@link #load()} otherwise; either on a thread of its own.
	 */
	private static final class Key {

		/** Each key on a thread of its own: the two are made at the same time. */
		private static final Executor BACKGROUND = Key::onItsOwnThread;

		private final SigningKeyStore keys;

		private final String purpose;

		private CompletableFuture<SigningKey> loading;

		Key(SigningKeyStore keys, String purpose) {
			this.keys = keys;
			this.purpose = purpose;
			keys.find(purpose).ifPresent((kept) -> start(() -> SigningKey.parse(kept, purpose)));
		}

		CompletableFuture<SigningKey> load() {
			return start(() -> SigningKey.load(this.keys, this.purpose));
		}

		/** The key's loading: this one when none has started yet. */
		private synchronized CompletableFuture<SigningKey> start(Supplier<SigningKey> work) {
			if (this.loading == null) {
				this.loading = CompletableFuture.supplyAsync(work, BACKGROUND);
			}
			return this.loading;
		}

		void await() {
			CompletableFuture<SigningKey> started;
			synchronized (this) {
				started = this.loading;
			}
			if (started != null) {
				try {
					started.join();
				}
				catch (CompletionException ex) {
					throw (ex.getCause() instanceof IllegalStateException cause) ? cause : ex;
				}
			}
		}

		private static void onItsOwnThread(Runnable task) {
			Thread.ofPlatform().name("local-cognito-keys").daemon().start(task);
		}

		synchronized boolean loaded() {
			return this.loading != null && this.loading.isDone() && !this.loading.isCompletedExceptionally();
		}

	}

}
