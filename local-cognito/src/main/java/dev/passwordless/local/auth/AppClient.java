package dev.passwordless.local.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

import dev.passwordless.local.http.CognitoException;
import dev.passwordless.rules.SecretHash;

/**
 * The pool's one app client, as the client-facing operations check it: its id, and, for a
 * confidential client, its secret, enforced as Cognito does. Every request that names a
 * user carries {@code SECRET_HASH} = Base64(HMAC-SHA256(secret, user name + client id))
 * (SignUp's {@code SecretHash}, InitiateAuth's and RespondToAuthChallenge's
 * {@code SECRET_HASH}); RevokeToken carries the secret itself. Comparisons take the same
 * time wherever they differ. Its write attributes are the deployed client's: what a
 * signed-in user may change about themselves.
 */
public final class AppClient {

	/** Cognito's rule for a client secret: 24-64 characters of {@code [\w+]}. */
	public static final Pattern SECRET = Pattern.compile("[\\w+]{24,64}");

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	/**
	 * The client's {@code WriteAttributes}, as {@code infra-cdk}'s
	 * {@code PasswordlessUserPool} deploys it: not the phone number, which is the user
	 * name and would need a flow that verifies the new number first.
	 */
	private static final Set<String> WRITE_ATTRIBUTES = Set.of("name", "locale");

	private final String clientId;

	private final byte[] secret;

	/**
	 * @param clientId the client's id
	 * @param secret the client's secret; null for a public client
	 */
	public AppClient(String clientId, String secret) {
		this.clientId = clientId;
		this.secret = (secret != null) ? secret.getBytes(StandardCharsets.UTF_8) : null;
	}

	/** A new secret in the shape Cognito generates: 51 lower-case letters and digits. */
	public static String newSecret() {
		SecureRandom random = new SecureRandom();
		StringBuilder secret = new StringBuilder();
		for (int i = 0; i < 51; i++) {
			secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return secret.toString();
	}

	/**
	 * @throws CognitoException {@code ResourceNotFoundException} when the id is not this
	 * client's
	 */
	public void check(String clientId) {
		if (!this.clientId.equals(clientId)) {
			throw CognitoException.resourceNotFound("User pool client " + clientId + " does not exist.");
		}
	}

	/**
	 * Checks that a secret hash was sent when the client has a secret, and that none was
	 * when it has not.
	 * @param secretHash the request's secret hash, null when absent
	 */
	public void checkSecretHashPresence(String secretHash) {
		if (this.secret == null && secretHash != null) {
			throw CognitoException.invalidParameter(
					"Client " + this.clientId + " is not configured for secret but secret hash was received");
		}
		if (this.secret != null && secretHash == null) {
			throw CognitoException.notAuthorized(
					"Client " + this.clientId + " is configured with secret but SECRET_HASH was not received");
		}
	}

	/**
	 * Checks a request's secret hash (nothing to check for a public client).
	 * @param username the user name the hash is computed over: the one the request names
	 * (for a refresh, the internal user name)
	 * @param secretHash the request's secret hash, null when absent
	 * @throws CognitoException {@code NotAuthorizedException} when it is missing or
	 * wrong, {@code InvalidParameterException} when a public client gets one
	 */
	public void checkSecretHash(String username, String secretHash) {
		checkSecretHashPresence(secretHash);
		if (this.secret != null && !MessageDigest.isEqual(hash(username).getBytes(StandardCharsets.UTF_8),
				secretHash.getBytes(StandardCharsets.UTF_8))) {
			throw CognitoException.notAuthorized("Unable to verify secret hash for client " + this.clientId);
		}
	}

	/**
	 * Checks RevokeToken's {@code ClientSecret} (nothing to check for a public client).
	 * @throws CognitoException {@code NotAuthorizedException} when it is missing or wrong
	 */
	public void checkClientSecret(String clientSecret) {
		if (this.secret == null) {
			return;
		}
		if (clientSecret == null) {
			// inferred wording
			throw CognitoException.notAuthorized(
					"Client " + this.clientId + " is configured with secret but ClientSecret was not received");
		}
		if (!MessageDigest.isEqual(this.secret, clientSecret.getBytes(StandardCharsets.UTF_8))) {
			// inferred wording
			throw CognitoException.notAuthorized("Unable to verify client secret for client " + this.clientId);
		}
	}

	/** Whether the client may write this attribute (SignUp, UpdateUserAttributes). */
	public boolean mayWrite(String attribute) {
		return WRITE_ATTRIBUTES.contains(attribute);
	}

	/**
	 * Checks that the client may write every one of these attributes.
	 * @throws CognitoException {@code NotAuthorizedException} when it may not write one
	 * of them ({@code docs/cognito-custom-auth.md} 11.7)
	 */
	public void checkWritable(Collection<String> attributes) {
		if (!attributes.stream().allMatch(this::mayWrite)) {
			throw CognitoException.notAuthorized("A client attempted to write unauthorized attribute");
		}
	}

	private String hash(String username) {
		return SecretHash.of(this.secret, username, this.clientId);
	}

}
