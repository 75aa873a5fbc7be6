package dev.passwordless.local;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which triggers get a request's {@code ClientMetadata}, through the real SDK, as Cognito
 * documents it (docs/cognito-custom-auth.md 12.1): InitiateAuth's goes to Pre
 * authentication only, as {@code validationData}, and to none of the custom-auth
 * triggers; RespondToAuthChallenge's goes to every trigger of that call (Verify, Define,
 * then Create or Post authentication) and to no other call's.
 */
class ClientMetadataIT {

	private static final String PHONE = "+14155550123";

	private static LocalCognito cognito;

	private static PoolClient client;

	private String username;

	@BeforeAll
	static void start() {
		cognito = LocalCognito.start(ScriptedTriggers.configure(LocalCognitoConfig.inMemory().echoSms(false)).build());
		client = new PoolClient(cognito.pool());
		client.signUp(PHONE, "Ada Lovelace");
	}

	@AfterAll
	static void stop() {
		cognito.close();
	}

	@BeforeEach
	void clear() {
		ScriptedTriggers.clear();
	}

	@Test
	void initiateAuthWhenClientMetadataIsSentThenPreAuthenticationGetsItAsValidationDataAndDefineAndCreateGetNone() {
		client.start(PHONE, Map.of("from", "initiate"));
		assertThat(ScriptedTriggers.sources()).containsExactly("PreAuthentication_Authentication",
				"DefineAuthChallenge_Authentication", "CreateAuthChallenge_Authentication");
		ScriptedTriggers.Recorded pre = ScriptedTriggers.events().getFirst();
		assertThat(pre.request()).containsEntry("validationData", Map.of("from", "initiate"))
			.containsEntry("userNotFound", false)
			.doesNotContainKey("clientMetadata");
		assertThat(ScriptedTriggers.events().subList(1, 3))
			.allSatisfy((event) -> assertThat(event.request()).as(event.triggerSource())
				.doesNotContainKey("clientMetadata")
				.doesNotContainKey("validationData"));
	}

	@Test
	void initiateAuthWhenNoClientMetadataIsSentThenPreAuthenticationsValidationDataIsNull() {
		client.start(PHONE, null);
		assertThat(ScriptedTriggers.events().getFirst().request()).containsEntry("validationData", null);
	}

	@Test
	void initiateAuthWhenPreAuthenticationThrowsThenUserLambdaValidationExceptionWithItsMessageAndNoChallenge() {
		assertThatThrownBy(() -> client.start(PHONE, Map.of("refuse", "yes")))
			.isInstanceOf(UserLambdaValidationException.class)
			.hasMessageStartingWith("PreAuthentication failed with error Not today.");
		assertThat(ScriptedTriggers.sources()).containsExactly("PreAuthentication_Authentication");
	}

	@Test
	void respondToAuthChallengeWhenClientMetadataIsSentThenVerifyDefineAndCreateOfThatCallGetIt() {
		String session = startTwoRounds();
		ScriptedTriggers.clear();
		RespondToAuthChallengeResponse second = client.answer(session, this.username, "right-1",
				Map.of("rounds", "2", "from", "respond"));
		assertThat(second.challengeParameters()).containsEntry("round", "2");
		assertThat(ScriptedTriggers.sources()).containsExactly("VerifyAuthChallengeResponse_Authentication",
				"DefineAuthChallenge_Authentication", "CreateAuthChallenge_Authentication");
		assertThat(ScriptedTriggers.events())
			.allSatisfy((event) -> assertThat(event.request()).as(event.triggerSource())
				.containsEntry("clientMetadata", Map.of("rounds", "2", "from", "respond")));
	}

	@Test
	void respondToAuthChallengeWhenTokensAreIssuedThenVerifyDefineAndPostAuthenticationGetThatCallsMetadataOnly() {
		String session = startTwoRounds();
		String second = client.answer(session, this.username, "right-1", Map.of("rounds", "2", "from", "first answer"))
			.session();
		ScriptedTriggers.clear();
		RespondToAuthChallengeResponse tokens = client.answer(second, this.username, "right-2",
				Map.of("rounds", "2", "from", "second answer"));
		assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
		assertThat(ScriptedTriggers.sources()).containsExactly("VerifyAuthChallengeResponse_Authentication",
				"DefineAuthChallenge_Authentication", "PostAuthentication_Authentication");
		assertThat(ScriptedTriggers.events())
			.allSatisfy((event) -> assertThat(event.request()).as(event.triggerSource())
				.containsEntry("clientMetadata", Map.of("rounds", "2", "from", "second answer")));
	}

	@Test
	void respondToAuthChallengeWhenNoClientMetadataIsSentThenTheEventsHaveNone() {
		InitiateAuthResponse started = start(null);
		ScriptedTriggers.clear();
		client.answer(started.session(), this.username, "right-1");
		assertThat(ScriptedTriggers.sources()).containsExactly("VerifyAuthChallengeResponse_Authentication",
				"DefineAuthChallenge_Authentication", "PostAuthentication_Authentication");
		assertThat(ScriptedTriggers.events()).allSatisfy(
				(event) -> assertThat(event.request()).as(event.triggerSource()).doesNotContainKey("clientMetadata"));
	}

	@Test
	void respondToAuthChallengeWhenAClientMetadataValueIsTooLongThenInvalidParameterAndTheSessionStillWorks() {
		InitiateAuthResponse started = start(null);
		ScriptedTriggers.clear();
		assertThatThrownBy(() -> client.answer(started.session(), this.username, "right-1",
				Map.of("newNumber", "1".repeat(131_073))))
			.isInstanceOf(InvalidParameterException.class);
		assertThat(ScriptedTriggers.events()).as("no trigger ran").isEmpty();
		assertThat(client.answer(started.session(), this.username, "right-1").authenticationResult()).isNotNull();
	}

	@Test
	void respondToAuthChallengeWhenAClientMetadataKeyIsTooLongThenInvalidParameter() {
		InitiateAuthResponse started = start(null);
		assertThatThrownBy(
				() -> client.answer(started.session(), this.username, "right-1", Map.of("k".repeat(131_073), "v")))
			.isInstanceOf(InvalidParameterException.class);
	}

	private InitiateAuthResponse start(Map<String, String> clientMetadata) {
		InitiateAuthResponse started = client.start(PHONE, clientMetadata);
		this.username = started.challengeParameters().get("USERNAME");
		return started;
	}

	private String startTwoRounds() {
		return start(Map.of("rounds", "2")).session();
	}

}
