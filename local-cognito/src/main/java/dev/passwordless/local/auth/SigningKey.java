package dev.passwordless.local.auth;

import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.passwordless.local.store.SigningKeyStore;

/**
 * One of the pool's two RS256 keys (ID tokens, access tokens): made once, kept in the
 * store, loaded on start.
 */
final class SigningKey {

	private final RSAKey key;

	private final RSASSASigner signer;

	private final RSASSAVerifier verifier;

	private SigningKey(RSAKey key) throws JOSEException {
		this.key = key;
		this.signer = new RSASSASigner(key);
		this.verifier = new RSASSAVerifier(key.toRSAPublicKey());
	}

	/** The key kept for a purpose, made and kept if there is none yet. */
	static SigningKey load(SigningKeyStore keys, String purpose) {
		return parse(keys.findOrCreate(purpose, SigningKey::generate), purpose);
	}

	/** A key as the store keeps it (a private JWK). */
	static SigningKey parse(String jwk, String purpose) {
		try {
			return new SigningKey(RSAKey.parse(jwk));
		}
		catch (JOSEException | ParseException ex) {
			throw new IllegalStateException("Cannot load the " + purpose + " signing key", ex);
		}
	}

	/** The public half, as Cognito publishes it. */
	RSAKey publicJwk() {
		return this.key.toPublicJWK();
	}

	String sign(JWTClaimsSet claims) {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims);
		try {
			jwt.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/** Whether this key signed the token (its key id and its signature). */
	boolean signed(SignedJWT jwt) throws JOSEException {
		return this.key.getKeyID().equals(jwt.getHeader().getKeyID()) && jwt.verify(this.verifier);
	}

	private static String generate() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate()
				.toJSONString();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot make a signing key", ex);
		}
	}

}
