package dev.passwordless.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * What an app does against the pool, through the real SDK: sign up, start a sign-in, read
 * the code from the outbox over HTTP, answer, refresh, revoke. When the pool's app client
 * has a secret (the default, as on AWS), every request carries it as the web app sends
 * it: {@code SECRET_HASH} over the user name the request names (for a refresh, the
 * internal one), and the secret itself for RevokeToken.
 */
final class PoolClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6,10})\\b");

	final PoolInfo pool;

	final CognitoIdentityProviderClient cognito;

	private final HttpClient http = HttpClient.newHttpClient();

	PoolClient(PoolInfo pool) {
		this.pool = pool;
		this.cognito = cognito(pool, StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
	}

	/**
	 * A Cognito client for the pool that signs nothing, as a browser's or an app's user
	 * operations are sent.
	 */
	static CognitoIdentityProviderClient unsigned(PoolInfo pool) {
		return cognito(pool, AnonymousCredentialsProvider.create());
	}

	private static CognitoIdentityProviderClient cognito(PoolInfo pool, AwsCredentialsProvider credentials) {
		return CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(pool.endpoint())
			.region(Region.of(pool.region()))
			.credentialsProvider(credentials)
			.build();
	}

	/**
	 * For tests about other things that sign one number in many times in a row: no
	 * cooldown, the highest hourly cap and a large budget. The limits themselves are
	 * tested with their defaults in {@code SendLimitsIT}.
	 */
	static LocalCognitoConfig.Builder forRepeatedSignIns(LocalCognitoConfig.Builder config) {
		return config.triggerEnvironment("SEND_COOLDOWN_SECONDS", "0")
			.triggerEnvironment("SENDS_PER_HOUR", "100")
			.triggerEnvironment("DAILY_SMS_BUDGET", "10000000");
	}

	/** An SNS client for the pool, signing as the triggers' own client does. */
	static SnsClient sns(PoolInfo pool) {
		return SnsClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(pool.endpoint())
			.region(Region.of(pool.region()))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build();
	}

	String signUp(String phone, String name) {
		return this.cognito
			.signUp((request) -> request.clientId(this.pool.clientId())
				.secretHash(secretHash(phone))
				.username(phone)
				.password(password())
				.userAttributes((attribute) -> attribute.name("name").value(name)))
			.userSub();
	}

	InitiateAuthResponse start(String phone) {
		return start(phone, null);
	}

	/** A CUSTOM_AUTH start with ClientMetadata (none when null). */
	InitiateAuthResponse start(String phone, Map<String, String> clientMetadata) {
		return this.cognito.initiateAuth((request) -> request.clientId(this.pool.clientId())
			.authFlow(AuthFlowType.CUSTOM_AUTH)
			.authParameters(withSecretHash(Map.of("USERNAME", phone), phone))
			.clientMetadata(clientMetadata));
	}

	RespondToAuthChallengeResponse answer(String session, String username, String answer) {
		return answer(session, username, answer, null);
	}

	/** An answer with ClientMetadata (none when null). */
	RespondToAuthChallengeResponse answer(String session, String username, String answer,
			Map<String, String> clientMetadata) {
		return this.cognito.respondToAuthChallenge((request) -> request.clientId(this.pool.clientId())
			.challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
			.session(session)
			.challengeResponses(withSecretHash(Map.of("USERNAME", username, "ANSWER", answer), username))
			.clientMetadata(clientMetadata));
	}

	/**
	 * New tokens for a refresh token.
	 * @param username the internal user name (the sub), which the hash is over
	 */
	AuthenticationResultType refresh(String refreshToken, String username) {
		return this.cognito
			.initiateAuth((request) -> request.clientId(this.pool.clientId())
				.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
				.authParameters(withSecretHash(Map.of("REFRESH_TOKEN", refreshToken), username)))
			.authenticationResult();
	}

	void revoke(String refreshToken) {
		this.cognito.revokeToken((request) -> request.clientId(this.pool.clientId())
			.clientSecret(this.pool.clientSecret())
			.token(refreshToken));
	}

	/**
	 * Base64(HMAC-SHA256(secret, user name + client id)), as AWS documents it; null for a
	 * public client.
	 */
	String secretHash(String username) {
		if (this.pool.clientSecret() == null) {
			return null;
		}
		return dev.passwordless.rules.SecretHash.of(this.pool.clientSecret(), username, this.pool.clientId());
	}

	private Map<String, String> withSecretHash(Map<String, String> parameters, String username) {
		String hash = secretHash(username);
		if (hash == null) {
			return parameters;
		}
		Map<String, String> withHash = new HashMap<>(parameters);
		withHash.put("SECRET_HASH", hash);
		return withHash;
	}

	/** A whole sign-in: start, read the code, answer. */
	AuthenticationResultType signIn(String phone) {
		InitiateAuthResponse started = start(phone);
		return answer(started.session(), started.challengeParameters().get("USERNAME"), latestCode(phone))
			.authenticationResult();
	}

	/** The outbox as served at {@code /_aws/sns/sms-messages}. */
	JsonNode outbox(String phone) {
		String query = (phone != null) ? "?phoneNumber=" + phone.replace("+", "%2B") : "";
		return getJson("/_aws/sns/sms-messages" + query);
	}

	int smsCount(String phone) {
		return outbox(phone).path("sms_messages").path(phone).size();
	}

	String latestCode(String phone) {
		JsonNode messages = outbox(phone).path("sms_messages").path(phone);
		String text = messages.get(messages.size() - 1).get("Message").asText();
		Matcher matcher = CODE.matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("no code in " + text);
		}
		return matcher.group(1);
	}

	JsonNode getJson(String path) {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create(this.pool.endpoint() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the web app sends: long, random, never shown, never usable (no password
	 * flows).
	 */
	static String password() {
		return "Aa1!" + UUID.randomUUID() + UUID.randomUUID();
	}

}
