package dev.passwordless.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The pool's tokens: RS256 ID and access tokens with Cognito's claims, signed with two
 * separate keys that are made once and kept in the store, and opaque refresh tokens
 * stored only as a SHA-256.
 */
final class Tokens {

	/** ID, access and (on sign-in) refresh token. */
	record Issued(String idToken, String accessToken, String refreshToken, long expiresIn) {
	}

	private final LocalCognitoConfig config;

	private final String issuer;

	private final UserStore store;

	private final Clock clock;

	private final RSAKey idKey;

	private final RSAKey accessKey;

	private final RSASSASigner idSigner;

	private final RSASSASigner accessSigner;

	private final RSASSAVerifier accessVerifier;

	private final SecureRandom random = new SecureRandom();

	Tokens(LocalCognitoConfig config, String issuer, UserStore store, Clock clock) {
		this.config = config;
		this.issuer = issuer;
		this.store = store;
		this.clock = clock;
		try {
			this.idKey = key("id");
			this.accessKey = key("access");
			this.idSigner = new RSASSASigner(this.idKey);
			this.accessSigner = new RSASSASigner(this.accessKey);
			this.accessVerifier = new RSASSAVerifier(this.accessKey.toRSAPublicKey());
		}
		catch (JOSEException | ParseException ex) {
			throw new IllegalStateException("Cannot load the signing keys", ex);
		}
	}

	/** The public keys, as Cognito publishes them. */
	String jwks() {
		return new JWKSet(List.of(this.idKey.toPublicJWK(), this.accessKey.toPublicJWK())).toString(true);
	}

	/** Tokens for a completed sign-in, with a new refresh token. */
	Issued signIn(User user, List<String> groups, String clientId) {
		Instant now = this.clock.instant();
		String originJti = UUID.randomUUID().toString();
		byte[] bytes = new byte[64];
		this.random.nextBytes(bytes);
		String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.store.insertRefreshToken(hash(refreshToken), new UserStore.RefreshToken(originJti, user.username(),
				clientId, now, now.plus(this.config.refreshTokenValidity()), false));
		return issue(user, groups, clientId, now, originJti, refreshToken);
	}

	/**
	 * New ID and access tokens for a refresh; the refresh token stays the same and is not
	 * returned.
	 */
	Issued refresh(User user, List<String> groups, UserStore.RefreshToken refreshToken) {
		return issue(user, groups, refreshToken.clientId(), refreshToken.authTime(), refreshToken.originJti(), null);
	}

	/**
	 * Checks an access token the way Cognito's user-facing operations do.
	 * @return its claims
	 * @throws CognitoException {@code NotAuthorizedException} when it is not a valid,
	 * unexpired, unrevoked access token of this pool
	 */
	JWTClaimsSet verifyAccessToken(String token) {
		JWTClaimsSet claims;
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			if (!this.accessKey.getKeyID().equals(jwt.getHeader().getKeyID()) || !jwt.verify(this.accessVerifier)) {
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
		if (this.store.isRevoked(String.valueOf(claims.getClaim("origin_jti")))) {
			throw CognitoException.notAuthorized("Access Token has been revoked");
		}
		return claims;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Issued issue(User user, List<String> groups, String clientId, Instant authTime, String originJti,
			String refreshToken) {
		Instant now = this.clock.instant();
		String eventId = UUID.randomUUID().toString();
		JWTClaimsSet.Builder id = common(user, groups, authTime, originJti, eventId, now,
				now.plus(this.config.idTokenValidity()))
			.audience(clientId)
			.claim("token_use", "id")
			.claim("cognito:username", user.username());
		user.attributes().forEach((name, value) -> {
			if (!name.equals("sub")) {
				id.claim(name, name.endsWith("_verified") ? (Object) Boolean.parseBoolean(value) : value);
			}
		});
		JWTClaimsSet access = common(user, groups, authTime, originJti, eventId, now,
				now.plus(this.config.accessTokenValidity()))
			.claim("client_id", clientId)
			.claim("token_use", "access")
			.claim("scope", "aws.cognito.signin.user.admin")
			.claim("username", user.username())
			.build();
		return new Issued(sign(id.build(), this.idKey, this.idSigner), sign(access, this.accessKey, this.accessSigner),
				refreshToken, this.config.accessTokenValidity().toSeconds());
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

	private static String sign(JWTClaimsSet claims, RSAKey key, RSASSASigner signer) {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		try {
			jwt.sign(signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private RSAKey key(String purpose) throws JOSEException, ParseException {
		String stored = this.store.signingKey(purpose).orElse(null);
		if (stored == null) {
			RSAKey generated = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
			stored = this.store.signingKeyIfAbsent(purpose, generated.toJSONString());
		}
		return RSAKey.parse(stored);
	}

}
