package dev.passwordless.local;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;
import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnChallengeNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnCredentialDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnCredentialNotSupportedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnOriginNotAllowedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnRelyingPartyMismatchException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cognito's passkeys through the real SDK, with an unsigned client as a browser's page
 * calls them: registration (StartWebAuthnRegistration, CompleteWebAuthnRegistration),
 * ListWebAuthnCredentials, DeleteWebAuthnCredential, and sign-in with USER_AUTH and
 * WEB_AUTHN, each refusal answered as Cognito answers it.
 */
class PasskeysIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final MovableClock clock = new MovableClock();

	private static LocalCognito cognito;

	private static PoolClient client;

	private static CognitoIdentityProviderClient unsigned;

	private static int next = 100;

	@BeforeAll
	static void start() {
		cognito = LocalCognito.start(PoolClient
			.forRepeatedSignIns(LocalCognitoConfig.inMemory()
				.echoSms(false)
				.triggerHandler("PostAuthentication", ScriptedTriggers.PostAuthentication.class.getName()))
			.build(), clock);
		client = new PoolClient(cognito.pool());
		unsigned = PoolClient.unsigned(cognito.pool());
	}

	@AfterAll
	static void stop() {
		unsigned.close();
		cognito.close();
	}

	@BeforeEach
	void clear() {
		cognito.outbox().clear();
		ScriptedTriggers.clear();
	}

	/** A number no other test here uses. */
	private static synchronized String phone() {
		return "+1202555" + String.format("%04d", next++);
	}

	/** A signed-up user, signed in by SMS: their access token. */
	private static String signedUp(String phone) {
		client.signUp(phone, "Ada Lovelace");
		return client.signIn(phone).accessToken();
	}

	private static JsonNode startRegistration(String accessToken) {
		return json(unsigned.startWebAuthnRegistration((request) -> request.accessToken(accessToken))
			.credentialCreationOptions());
	}

	private static void completeRegistration(String accessToken, ObjectNode credential) {
		unsigned.completeWebAuthnRegistration(
				(request) -> request.accessToken(accessToken).credential(document(credential)));
	}

	/** Registers a new passkey for the user. */
	private static SoftwareAuthenticator registered(String accessToken) {
		SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
		completeRegistration(accessToken, authenticator.register(startRegistration(accessToken), "none"));
		return authenticator;
	}

	private static InitiateAuthResponse startUserAuth(String phone) {
		Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", phone, "PREFERRED_CHALLENGE", "WEB_AUTHN"));
		parameters.put("SECRET_HASH", client.secretHash(phone));
		return unsigned.initiateAuth((request) -> request.clientId(cognito.pool().clientId())
			.authFlow(AuthFlowType.USER_AUTH)
			.authParameters(parameters));
	}

	private static AuthenticationResultType answer(String phone, InitiateAuthResponse started, String credential) {
		return unsigned
			.respondToAuthChallenge(
					(request) -> request.clientId(cognito.pool().clientId())
						.challengeName(ChallengeNameType.WEB_AUTHN)
						.session(started.session())
						.challengeResponses(Map.of("USERNAME", phone, "CREDENTIAL", credential, "SECRET_HASH",
								client.secretHash(phone))))
			.authenticationResult();
	}

	/** A whole passkey sign-in, the authenticator changed first by {@code change}. */
	private static AuthenticationResultType signInWithPasskey(String phone, SoftwareAuthenticator authenticator,
			Consumer<SoftwareAuthenticator> change) {
		InitiateAuthResponse started = startUserAuth(phone);
		assertThat(started.challengeName()).isEqualTo(ChallengeNameType.WEB_AUTHN);
		change.accept(authenticator);
		return answer(phone, started,
				authenticator.authenticate(started.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS")));
	}

	private static void assertRefused(Runnable call, Class<? extends CognitoIdentityProviderException> type,
			String message) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(type,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(message));
	}

	private static void assertSignInRefused(String phone, SoftwareAuthenticator authenticator,
			Consumer<SoftwareAuthenticator> change, String why) {
		assertRefused(() -> signInWithPasskey(phone, authenticator, change), NotAuthorizedException.class,
				"Failed to verify the WebAuthn credential: " + why + ".");
	}

	/** A new user's new passkey, changed by {@code change} at sign-in, is refused. */
	private static void assertNewPasskeySignInRefused(Consumer<SoftwareAuthenticator> change, String why) {
		String phone = phone();
		assertSignInRefused(phone, registered(signedUp(phone)), change, why);
	}

	/**
	 * A registration, changed by {@code change}, is refused, and the user has no passkey.
	 */
	private static void assertRegistrationRefused(Consumer<SoftwareAuthenticator> change,
			Class<? extends CognitoIdentityProviderException> type, String message) {
		String accessToken = signedUp(phone());
		SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
		change.accept(authenticator);
		assertRefused(
				() -> completeRegistration(accessToken, authenticator.register(startRegistration(accessToken), "none")),
				type, message);
		assertThat(unsigned.listWebAuthnCredentials((request) -> request.accessToken(accessToken)).credentials())
			.isEmpty();
	}

	@Test
	void startRegistrationWhenSignedInThenCreationOptionsForADiscoverableEs256OrRs256Passkey() {
		String phone = phone();
		String accessToken = signedUp(phone);
		SoftwareAuthenticator first = registered(accessToken);
		JsonNode options = startRegistration(accessToken);
		assertThat(options.path("challenge").asText()).hasSize(43);
		assertThat(options.path("rp").path("id").asText()).isEqualTo("localhost");
		assertThat(options.path("user").path("name").asText()).isEqualTo(phone);
		assertThat(options.path("user").path("displayName").asText()).isEqualTo("Ada Lovelace");
		assertThat(options.path("pubKeyCredParams").findValuesAsText("alg")).containsExactly("-7", "-257");
		assertThat(options.path("excludeCredentials").findValuesAsText("id")).containsExactly(first.id());
		assertThat(options.path("authenticatorSelection").path("residentKey").asText()).isEqualTo("required");
		assertThat(options.path("authenticatorSelection").path("userVerification").asText()).isEqualTo("required");
		assertThat(options.path("timeout").asLong()).isEqualTo(180_000);
	}

	@Test
	void completeRegistrationWhenTheResponseVerifiesThenListShowsThePasskey() {
		String accessToken = signedUp(phone());
		SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
		Instant before = clock.instant().minusMillis(1);
		completeRegistration(accessToken, authenticator.register(startRegistration(accessToken), "packed"));
		Instant after = clock.instant().plusMillis(1);
		ListWebAuthnCredentialsResponse list = unsigned
			.listWebAuthnCredentials((request) -> request.accessToken(accessToken));
		assertThat(list.credentials()).singleElement().satisfies((credential) -> {
			assertThat(credential.credentialId()).isEqualTo(authenticator.id());
			assertThat(credential.relyingPartyId()).isEqualTo("localhost");
			assertThat(credential.authenticatorAttachment()).isEqualTo("platform");
			assertThat(credential.authenticatorTransports()).containsExactly("hybrid", "internal");
			assertThat(credential.friendlyCredentialName()).startsWith("Passkey ");
			assertThat(credential.createdAt()).isBetween(before, after);
		});
		assertThat(list.nextToken()).isNull();
	}

	@Test
	void listWhenMoreThanMaxResultsThenPagesWithNextToken() {
		String accessToken = signedUp(phone());
		registered(accessToken);
		registered(accessToken);
		registered(accessToken);
		ListWebAuthnCredentialsResponse first = unsigned
			.listWebAuthnCredentials((request) -> request.accessToken(accessToken).maxResults(2));
		ListWebAuthnCredentialsResponse second = unsigned.listWebAuthnCredentials(
				(request) -> request.accessToken(accessToken).maxResults(2).nextToken(first.nextToken()));
		assertThat(first.credentials()).hasSize(2);
		assertThat(second.credentials()).hasSize(1);
		assertThat(second.nextToken()).isNull();
	}

	@Test
	void signInWhenThePasskeyVerifiesThenTokensAsAfterAnySignInAndPostAuthenticationRan() throws Exception {
		String phone = phone();
		String accessToken = signedUp(phone);
		SoftwareAuthenticator authenticator = registered(accessToken);
		ScriptedTriggers.clear();
		cognito.outbox().clear();
		clock.advance(Duration.ofMinutes(1));
		InitiateAuthResponse started = startUserAuth(phone);
		JsonNode options = JSON.readTree(started.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
		assertThat(options.path("rpId").asText()).isEqualTo("localhost");
		assertThat(options.path("allowCredentials").findValuesAsText("id")).containsExactly(authenticator.id());
		assertThat(options.path("userVerification").asText()).isEqualTo("required");
		AuthenticationResultType tokens = answer(phone, started,
				authenticator.authenticate(started.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS")));
		assertThat(unsigned.getUser((request) -> request.accessToken(tokens.accessToken())).username())
			.isEqualTo(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getSubject());
		assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getLongClaim("auth_time"))
			.isEqualTo(clock.instant().getEpochSecond());
		assertThat(tokens.refreshToken()).isNotBlank();
		assertThat(ScriptedTriggers.sources()).containsExactly("PostAuthentication_Authentication");
		assertThat(client.smsCount(phone)).isZero();
	}

	@Test
	void signInWhenThePasskeyWasDeletedThenTheAnswerForAUserWithoutPasskeys() {
		String phone = phone();
		String accessToken = signedUp(phone);
		SoftwareAuthenticator authenticator = registered(accessToken);
		unsigned
			.deleteWebAuthnCredential((request) -> request.accessToken(accessToken).credentialId(authenticator.id()));
		InitiateAuthResponse started = startUserAuth(phone);
		assertThat(started.challengeName()).isEqualTo(ChallengeNameType.SELECT_CHALLENGE);
		assertThat(started.availableChallengesAsStrings()).containsExactly("PASSWORD", "PASSWORD_SRP");
		assertThat(unsigned.listWebAuthnCredentials((request) -> request.accessToken(accessToken)).credentials())
			.isEmpty();
	}

	@Test
	void initiateAuthWhenTheUserIsUnknownThenAnsweredAsAUserWithoutPasskeysAndNoSms() {
		String known = phone();
		signedUp(known);
		cognito.outbox().clear();
		InitiateAuthResponse withoutPasskey = startUserAuth(known);
		InitiateAuthResponse unknown = startUserAuth(phone());
		assertThat(unknown.challengeName()).isEqualTo(withoutPasskey.challengeName());
		assertThat(unknown.availableChallengesAsStrings()).isEqualTo(withoutPasskey.availableChallengesAsStrings());
		assertThat(unknown.challengeParameters()).isEqualTo(withoutPasskey.challengeParameters());
		assertThat(unknown.session()).hasSameSizeAs(withoutPasskey.session());
		assertThat(client.outbox(null).path("sms_messages").size()).isZero();
	}

	@Test
	void initiateAuthWhenTheUserIsDisabledThenNotAuthorized() {
		String phone = phone();
		registered(signedUp(phone));
		client.cognito.adminDisableUser((request) -> request.userPoolId(cognito.pool().userPoolId()).username(phone));
		assertRefused(() -> startUserAuth(phone), NotAuthorizedException.class, "User is disabled.");
	}

	@Test
	void signInWhenTheUserWasDisabledAfterTheChallengeThenNotAuthorized() {
		String phone = phone();
		SoftwareAuthenticator authenticator = registered(signedUp(phone));
		assertRefused(
				() -> signInWithPasskey(phone, authenticator,
						(changed) -> client.cognito.adminDisableUser(
								(request) -> request.userPoolId(cognito.pool().userPoolId()).username(phone))),
				NotAuthorizedException.class, "User is disabled.");
	}

	@Test
	void signInWhenTheSameAssertionIsSentAgainThenTheSessionIsUsedUp() {
		String phone = phone();
		SoftwareAuthenticator authenticator = registered(signedUp(phone));
		InitiateAuthResponse started = startUserAuth(phone);
		String assertion = authenticator.authenticate(started.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
		answer(phone, started, assertion);
		assertRefused(() -> answer(phone, started, assertion), NotAuthorizedException.class,
				"Invalid session for the user.");
	}

	@Test
	void signInWhenAnOldAssertionIsReplayedInANewSessionThenRefusedForItsChallenge() {
		String phone = phone();
		SoftwareAuthenticator authenticator = registered(signedUp(phone));
		InitiateAuthResponse first = startUserAuth(phone);
		String assertion = authenticator.authenticate(first.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
		answer(phone, first, assertion);
		assertRefused(() -> answer(phone, startUserAuth(phone), assertion), NotAuthorizedException.class,
				"Failed to verify the WebAuthn credential: the challenge does not match.");
	}

	@Test
	void signInWhenTheCounterDoesNotIncreaseThenRefusedAsAClonedAuthenticator() {
		String phone = phone();
		SoftwareAuthenticator authenticator = registered(signedUp(phone));
		signInWithPasskey(phone, authenticator, (unchanged) -> {
		});
		assertSignInRefused(phone, authenticator, (changed) -> changed.counter = 1,
				"the sign counter did not increase");
	}

	@Test
	void signInWhenTheOriginIsAnotherSiteThenRefused() {
		assertNewPasskeySignInRefused((changed) -> changed.origin = "https://evil.example",
				"the origin is not allowed");
	}

	@Test
	void signInWhenTheRelyingPartyIdIsAnotherThenRefused() {
		assertNewPasskeySignInRefused((changed) -> changed.rpId = "example.com", "the relying-party id does not match");
	}

	@Test
	void signInWhenTheSignatureIsBrokenThenRefused() {
		assertNewPasskeySignInRefused((changed) -> changed.breakSignature = true, "the signature is not valid");
	}

	@Test
	void signInWhenTheUserIsNotVerifiedAndThePoolRequiresItThenRefused() {
		assertNewPasskeySignInRefused((changed) -> changed.userVerified = false, "the user was not verified");
	}

	@Test
	void signInWhenThePasskeyIsAnotherUsersThenRefused() {
		String phone = phone();
		registered(signedUp(phone));
		SoftwareAuthenticator others = registered(signedUp(phone()));
		assertSignInRefused(phone, others, (unchanged) -> {
		}, "the credential is not registered for the user");
	}

	@Test
	void signInWhenTheSessionExpiredThenNotAuthorized() {
		String phone = phone();
		SoftwareAuthenticator authenticator = registered(signedUp(phone));
		assertRefused(() -> signInWithPasskey(phone, authenticator, (changed) -> clock.advance(Duration.ofMinutes(3))),
				NotAuthorizedException.class, "Invalid session for the user, session is expired.");
	}

	@Test
	void completeRegistrationWhenTheChallengeWasUsedThenChallengeNotFound() {
		String accessToken = signedUp(phone());
		JsonNode options = startRegistration(accessToken);
		completeRegistration(accessToken, new SoftwareAuthenticator().register(options, "none"));
		assertRefused(() -> completeRegistration(accessToken, new SoftwareAuthenticator().register(options, "none")),
				WebAuthnChallengeNotFoundException.class,
				"The WebAuthn registration challenge was not found or has expired.");
	}

	@Test
	void completeRegistrationWhenTheChallengeExpiredThenChallengeNotFoundAndNothingStored() {
		String accessToken = signedUp(phone());
		JsonNode options = startRegistration(accessToken);
		clock.advance(Duration.ofMinutes(3));
		assertRefused(() -> completeRegistration(accessToken, new SoftwareAuthenticator().register(options, "none")),
				WebAuthnChallengeNotFoundException.class,
				"The WebAuthn registration challenge was not found or has expired.");
		assertThat(unsigned.listWebAuthnCredentials((request) -> request.accessToken(accessToken)).credentials())
			.isEmpty();
	}

	@Test
	void completeRegistrationWhenTheOriginIsAnotherSiteThenOriginNotAllowed() {
		assertRegistrationRefused((changed) -> changed.origin = "https://localhost.evil.example",
				WebAuthnOriginNotAllowedException.class, "The passkey was not registered: the origin is not allowed.");
	}

	@Test
	void completeRegistrationWhenTheRelyingPartyIdIsAnotherThenRelyingPartyMismatch() {
		assertRegistrationRefused((changed) -> changed.rpId = "example.com",
				WebAuthnRelyingPartyMismatchException.class,
				"The passkey was not registered: the relying-party id does not match.");
	}

	@Test
	void completeRegistrationWhenTheUserIsNotVerifiedThenCredentialNotSupportedAndNothingStored() {
		assertRegistrationRefused((changed) -> changed.userVerified = false,
				WebAuthnCredentialNotSupportedException.class,
				"The passkey was not registered: the user was not verified.");
	}

	@Test
	void deleteUserWhenTheUserHadPasskeysThenTheyAreGoneWithTheUser() {
		String phone = phone();
		String accessToken = signedUp(phone);
		SoftwareAuthenticator authenticator = registered(accessToken);
		unsigned.deleteUser((request) -> request.accessToken(accessToken));
		String newAccessToken = signedUp(phone);
		assertThat(unsigned.listWebAuthnCredentials((request) -> request.accessToken(newAccessToken)).credentials())
			.extracting(WebAuthnCredentialDescription::credentialId)
			.doesNotContain(authenticator.id());
	}

	private static JsonNode json(Document document) {
		if (document.isMap()) {
			ObjectNode node = JSON.createObjectNode();
			document.asMap().forEach((name, value) -> node.set(name, json(value)));
			return node;
		}
		if (document.isList()) {
			return JSON.createArrayNode().addAll(document.asList().stream().map(PasskeysIT::json).toList());
		}
		if (document.isString()) {
			return JSON.getNodeFactory().textNode(document.asString());
		}
		if (document.isNumber()) {
			return JSON.getNodeFactory().numberNode(document.asNumber().bigDecimalValue());
		}
		if (document.isBoolean()) {
			return JSON.getNodeFactory().booleanNode(document.asBoolean());
		}
		return JSON.getNodeFactory().nullNode();
	}

	private static Document document(JsonNode node) {
		if (node.isObject()) {
			Map<String, Document> members = new LinkedHashMap<>();
			node.properties().forEach((entry) -> members.put(entry.getKey(), document(entry.getValue())));
			return Document.fromMap(members);
		}
		if (node.isArray()) {
			List<Document> items = new java.util.ArrayList<>();
			node.forEach((item) -> items.add(document(item)));
			return Document.fromList(items);
		}
		if (node.isNumber()) {
			return Document.fromNumber(SdkNumber.fromBigDecimal(node.decimalValue()));
		}
		if (node.isBoolean()) {
			return Document.fromBoolean(node.booleanValue());
		}
		return node.isNull() ? Document.fromNull() : Document.fromString(node.asText());
	}

}
