package dev.passwordless.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A confidential app client, enforced as Cognito enforces it, through the real SDK: every
 * request without the right {@code SECRET_HASH} (or, for RevokeToken, the secret) is
 * refused, changes nothing stored, and the server goes on serving.
 */
class ClientSecretIT {

	private static final String PHONE = "+14155550123";

	private static final String OTHER_PHONE = "+14155550124";

	private LocalCognito cognito;

	private PoolClient client;

	private String secret;

	@BeforeEach
	void start() {
		this.cognito = LocalCognito
			.start(PoolClient.forRepeatedSignIns(LocalCognitoConfig.inMemory().echoSms(false).clientSecret(true))
				.triggerEnvironment("SEND_COOLDOWN_SECONDS", "30")
				.build());
		this.client = new PoolClient(this.cognito.pool());
		this.secret = this.cognito.pool().clientSecret();
	}

	@AfterEach
	void stop() {
		this.cognito.close();
	}

	@Test
	void startWhenTheClientSecretIsOnThenAGeneratedSecretInCognitosShapeIsServed() {
		assertThat(this.secret).matches("[a-z0-9]{51}");
		assertThat(this.client.getJson("/_local/pool").get("clientSecret").asText()).isEqualTo(this.secret);
	}

	@ParameterizedTest(name = "SecretHash {0}")
	@ValueSource(strings = { "missing", "wrong", "malformed", "over the client id only" })
	void signUpWhenTheSecretHashIsNotRightThenNotAuthorizedAndNoUserIsCreated(String kind) {
		assertThatThrownBy(() -> signUp(PHONE, badHash(kind, PHONE))).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(expectedMessage(kind)));
		assertThatThrownBy(() -> this.client.cognito
			.adminGetUser((request) -> request.userPoolId(this.client.pool.userPoolId()).username(PHONE)))
			.isInstanceOf(UserNotFoundException.class);
		assertThat(signUp(PHONE, hash(PHONE))).isNotBlank();
	}

	@ParameterizedTest(name = "SECRET_HASH {0}")
	@ValueSource(strings = { "missing", "wrong", "malformed", "over the client id only" })
	void initiateAuthWhenTheSecretHashIsNotRightThenNotAuthorizedAndNoCodeIsSentOrCounted(String kind) {
		signUp(PHONE, hash(PHONE));
		assertThatThrownBy(() -> start(PHONE, badHash(kind, PHONE))).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(expectedMessage(kind)));
		assertThat(this.client.smsCount(PHONE)).isZero();
		// the cooldown was not started: the right request sends a code at once
		start(PHONE, hash(PHONE));
		assertThat(this.client.smsCount(PHONE)).isOne();
	}

	@Test
	void initiateAuthWhenTheNumberIsUnknownAndTheHashIsWrongThenTheSameRefusalAsForARegisteredNumber() {
		signUp(PHONE, hash(PHONE));
		assertThatThrownBy(() -> start(OTHER_PHONE, hash(PHONE))).isInstanceOfSatisfying(NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Unable to verify secret hash for client " + this.client.pool.clientId()));
	}

	@ParameterizedTest(name = "SECRET_HASH {0}")
	@ValueSource(strings = { "missing", "wrong", "malformed", "over the client id only" })
	void respondWhenTheSecretHashIsNotRightThenNotAuthorizedAndTheSessionStillWorks(String kind) {
		signUp(PHONE, hash(PHONE));
		InitiateAuthResponse started = start(PHONE, hash(PHONE));
		String username = started.challengeParameters().get("USERNAME");
		String code = this.client.latestCode(PHONE);
		assertThatThrownBy(() -> answer(started.session(), username, code, badHash(kind, username)))
			.isInstanceOfSatisfying(NotAuthorizedException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(expectedMessage(kind)));
		assertThat(answer(started.session(), username, code, hash(username)).authenticationResult().idToken())
			.isNotBlank();
	}

	@Test
	void refreshWhenTheHashIsOverTheInternalUserNameThenNewTokensAndOverThePhoneNumberThenRefused() {
		String sub = signUp(PHONE, hash(PHONE));
		AuthenticationResultType tokens = signIn(PHONE);
		assertThatThrownBy(() -> refresh(tokens.refreshToken(), hash(PHONE))).isInstanceOfSatisfying(
				NotAuthorizedException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Unable to verify secret hash for client " + this.client.pool.clientId()));
		assertThatThrownBy(() -> refresh(tokens.refreshToken(), null)).isInstanceOf(NotAuthorizedException.class);
		assertThat(refresh(tokens.refreshToken(), hash(sub)).accessToken()).isNotBlank();
	}

	@Test
	void revokeTokenWhenTheClientSecretIsMissingOrWrongThenRefusedAndTheTokenStillWorks() {
		signUp(PHONE, hash(PHONE));
		AuthenticationResultType tokens = signIn(PHONE);
		String clientId = this.client.pool.clientId();
		assertThatThrownBy(() -> this.client.cognito
			.revokeToken((request) -> request.clientId(clientId).token(tokens.refreshToken())))
			.isInstanceOf(NotAuthorizedException.class);
		assertThatThrownBy(() -> this.client.cognito.revokeToken((request) -> request.clientId(clientId)
			.token(tokens.refreshToken())
			.clientSecret(this.secret.substring(1) + "x"))).isInstanceOf(NotAuthorizedException.class);
		assertThat(this.client.cognito.getUser((request) -> request.accessToken(tokens.accessToken())).username())
			.isNotBlank();
		this.client.cognito.revokeToken(
				(request) -> request.clientId(clientId).token(tokens.refreshToken()).clientSecret(this.secret));
		assertThatThrownBy(() -> this.client.cognito.getUser((request) -> request.accessToken(tokens.accessToken())))
			.isInstanceOf(NotAuthorizedException.class);
	}

	@Test
	void signUpWhenTheClientIsPublicAndASecretHashIsSentThenInvalidParameter() {
		try (LocalCognito open = LocalCognito
			.start(LocalCognitoConfig.inMemory().echoSms(false).clientSecret(false).build())) {
			PoolClient publicClient = new PoolClient(open.pool());
			assertThat(open.pool().clientSecret()).isNull();
			assertThat(publicClient.getJson("/_local/pool").get("clientSecret").isNull()).isTrue();
			assertThatThrownBy(() -> publicClient.cognito.signUp((request) -> request.clientId(open.pool().clientId())
				.username(PHONE)
				.password(PoolClient.password())
				.secretHash(hash(PHONE))
				.userAttributes((attribute) -> attribute.name("name").value("Ada Lovelace"))))
				.isInstanceOfSatisfying(InvalidParameterException.class,
						(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
							.isEqualTo("Client " + open.pool().clientId()
									+ " is not configured for secret but secret hash was received"));
		}
	}

	@Test
	void restartWhenTheSecretWasGeneratedThenTheSameSecretIsKeptWithTheData(@TempDir Path data) {
		LocalCognitoConfig config = LocalCognitoConfig.inMemory()
			.echoSms(false)
			.dataDirectory(data)
			.clientSecret(true)
			.build();
		String first;
		try (LocalCognito pool = LocalCognito.start(config)) {
			first = pool.pool().clientSecret();
		}
		try (LocalCognito pool = LocalCognito.start(config)) {
			assertThat(pool.pool().clientSecret()).isEqualTo(first).isNotEqualTo(this.secret);
		}
	}

	@Test
	void signUpWhenASecretIsConfiguredThenAHashWithThatSecretIsAcceptedAndOneWithAnotherIsNot() {
		String configured = "my_local_secret_0123456789";
		try (LocalCognito pool = LocalCognito
			.start(LocalCognitoConfig.inMemory().echoSms(false).clientSecret(configured).build())) {
			PoolClient other = new PoolClient(pool.pool());
			String clientId = pool.pool().clientId();
			assertThat(pool.pool().clientSecret()).isEqualTo(configured);
			assertThatThrownBy(() -> other.cognito.signUp((request) -> request.clientId(clientId)
				.username(PHONE)
				.password(PoolClient.password())
				.secretHash(hash(this.secret, PHONE + clientId)))).isInstanceOf(NotAuthorizedException.class);
			assertThat(other.cognito
				.signUp((request) -> request.clientId(clientId)
					.username(PHONE)
					.password(PoolClient.password())
					.secretHash(hash(configured, PHONE + clientId))
					.userAttributes((attribute) -> attribute.name("name").value("Ada Lovelace")))
				.userSub()).isNotBlank();
		}
	}

	private String signUp(String phone, String secretHash) {
		return this.client.cognito
			.signUp((request) -> request.clientId(this.client.pool.clientId())
				.username(phone)
				.password(PoolClient.password())
				.secretHash(secretHash)
				.userAttributes((attribute) -> attribute.name("name").value("Ada Lovelace")))
			.userSub();
	}

	private InitiateAuthResponse start(String phone, String secretHash) {
		Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", phone));
		if (secretHash != null) {
			parameters.put("SECRET_HASH", secretHash);
		}
		return this.client.cognito.initiateAuth((request) -> request.clientId(this.client.pool.clientId())
			.authFlow(AuthFlowType.CUSTOM_AUTH)
			.authParameters(parameters));
	}

	private RespondToAuthChallengeResponse answer(String session, String username, String code, String secretHash) {
		Map<String, String> responses = new HashMap<>(Map.of("USERNAME", username, "ANSWER", code));
		if (secretHash != null) {
			responses.put("SECRET_HASH", secretHash);
		}
		return this.client.cognito.respondToAuthChallenge((request) -> request.clientId(this.client.pool.clientId())
			.challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
			.session(session)
			.challengeResponses(responses));
	}

	private AuthenticationResultType signIn(String phone) {
		InitiateAuthResponse started = start(phone, hash(phone));
		String username = started.challengeParameters().get("USERNAME");
		return answer(started.session(), username, this.client.latestCode(phone), hash(username))
			.authenticationResult();
	}

	private AuthenticationResultType refresh(String refreshToken, String secretHash) {
		Map<String, String> parameters = new HashMap<>(Map.of("REFRESH_TOKEN", refreshToken));
		if (secretHash != null) {
			parameters.put("SECRET_HASH", secretHash);
		}
		return this.client.cognito
			.initiateAuth((request) -> request.clientId(this.client.pool.clientId())
				.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
				.authParameters(parameters))
			.authenticationResult();
	}

	/** Base64(HMAC-SHA256(secret, user name + client id)), as AWS documents it. */
	private String hash(String username) {
		return hash(this.secret, username + this.client.pool.clientId());
	}

	private String badHash(String kind, String username) {
		return switch (kind) {
			case "missing" -> null;
			case "wrong" -> hash(this.secret + "x", username + this.client.pool.clientId());
			case "malformed" -> "not base64 at all!";
			case "over the client id only" -> hash(this.secret, this.client.pool.clientId());
			default -> throw new IllegalArgumentException(kind);
		};
	}

	private String expectedMessage(String kind) {
		String clientId = this.client.pool.clientId();
		return kind.equals("missing")
				? "Client " + clientId + " is configured with secret but SECRET_HASH was not received"
				: "Unable to verify secret hash for client " + clientId;
	}

	private static String hash(String key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
