package dev.passwordless.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A custom-auth sign-in of two rounds, as decision 004's number change runs it, driven by
 * {@link ScriptedTriggers}: Define asks a second {@code CUSTOM_CHALLENGE} after a right
 * answer, the session history lists both rounds, tokens come only when Define issues
 * them, Post authentication runs then with the last answer's metadata, and each round's
 * session has its own validity (docs/cognito-custom-auth.md 12.2).
 */
class TwoRoundSignInIT {

	private static final String PHONE = "+14155550123";

	private static final String NEW_PHONE = "+14155550177";

	private static final Map<String, String> TWO_ROUNDS = Map.of("rounds", "2");

	private final MovableClock clock = new MovableClock();

	private LocalCognito cognito;

	private PoolClient client;

	private String sub;

	@BeforeEach
	void start() {
		this.cognito = LocalCognito
			.start(ScriptedTriggers.configure(LocalCognitoConfig.inMemory().echoSms(false)).build(), this.clock);
		this.client = new PoolClient(this.cognito.pool());
		this.sub = this.client.signUp(PHONE, "Ada Lovelace");
		ScriptedTriggers.clear();
	}

	@AfterEach
	void stop() {
		this.cognito.close();
	}

	@Test
	void answerWhenDefineAsksASecondRoundAfterARightAnswerThenASecondChallengeWithANewSessionAndNoTokens() {
		InitiateAuthResponse started = this.client.start(PHONE);
		RespondToAuthChallengeResponse second = this.client.answer(started.session(), this.sub, "right-1", TWO_ROUNDS);
		assertThat(second.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
		assertThat(second.authenticationResult()).isNull();
		assertThat(second.session()).isNotEqualTo(started.session());
		assertThat(second.challengeParameters()).containsEntry("round", "2").containsEntry("USERNAME", this.sub);
		assertThat(ScriptedTriggers.sources()).doesNotContain("PostAuthentication_Authentication");
	}

	@Test
	void answerWhenBothRoundsAreRightThenDefineAndCreateSeeBothRoundsWithResultsAndMetadataAndTokensAreIssued() {
		InitiateAuthResponse started = this.client.start(PHONE);
		String second = this.client.answer(started.session(), this.sub, "right-1", TWO_ROUNDS).session();
		AuthenticationResultType tokens = this.client.answer(second, this.sub, "right-2", TWO_ROUNDS)
			.authenticationResult();
		assertThat(tokens.accessToken()).isNotBlank();
		assertThat(tokens.refreshToken()).isNotBlank();

		List<ScriptedTriggers.Recorded> creates = recorded("CreateAuthChallenge_Authentication");
		assertThat(creates).hasSize(2);
		assertThat(creates.get(1).session()).containsExactly(
				Map.of("challengeName", "CUSTOM_CHALLENGE", "challengeResult", true, "challengeMetadata", "ROUND_1"));
		List<ScriptedTriggers.Recorded> defines = recorded("DefineAuthChallenge_Authentication");
		assertThat(defines).hasSize(3);
		assertThat(defines.get(2).session()).containsExactly(
				Map.of("challengeName", "CUSTOM_CHALLENGE", "challengeResult", true, "challengeMetadata", "ROUND_1"),
				Map.of("challengeName", "CUSTOM_CHALLENGE", "challengeResult", true, "challengeMetadata", "ROUND_2"));
		assertThat(ScriptedTriggers.sources()).endsWith("DefineAuthChallenge_Authentication",
				"PostAuthentication_Authentication");
	}

	@Test
	void answerWhenTheSecondRoundIsWrongThenDefineSeesItFalseAndNoTokensAndNoPostAuthentication() {
		InitiateAuthResponse started = this.client.start(PHONE);
		String second = this.client.answer(started.session(), this.sub, "right-1", TWO_ROUNDS).session();
		assertThatThrownBy(() -> this.client.answer(second, this.sub, "right-1", TWO_ROUNDS)).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Incorrect username or password."));
		List<ScriptedTriggers.Recorded> defines = recorded("DefineAuthChallenge_Authentication");
		assertThat(defines.get(defines.size() - 1).session()).extracting((round) -> round.get("challengeResult"))
			.containsExactly(true, false);
		assertThat(ScriptedTriggers.sources()).doesNotContain("PostAuthentication_Authentication");
	}

	@Test
	void answerWhenEachRoundIsAnsweredWithinItsOwnValidityThenTokensThoughTheWholeSignInTookLonger() {
		InitiateAuthResponse started = this.client.start(PHONE);
		this.clock.advance(Duration.ofMinutes(2).plusSeconds(50));
		String second = this.client.answer(started.session(), this.sub, "right-1", TWO_ROUNDS).session();
		this.clock.advance(Duration.ofMinutes(2).plusSeconds(50));
		assertThat(this.client.answer(second, this.sub, "right-2", TWO_ROUNDS).authenticationResult()).isNotNull();
	}

	@Test
	void answerWhenTheSecondRoundsSessionOutlivesItsValidityThenExpired() {
		InitiateAuthResponse started = this.client.start(PHONE);
		String second = this.client.answer(started.session(), this.sub, "right-1", TWO_ROUNDS).session();
		this.clock.advance(Duration.ofMinutes(3));
		assertThatThrownBy(() -> this.client.answer(second, this.sub, "right-2", TWO_ROUNDS)).isInstanceOfSatisfying(
				NotAuthorizedException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Invalid session for the user, session is expired."));
	}

	@Test
	void answerWhenPostAuthenticationMovesTheUserToTheNewNumberThenTheTokensCarryItAndTheOldNumberIsUnknown()
			throws Exception {
		InitiateAuthResponse started = this.client.start(PHONE);
		Map<String, String> change = Map.of("rounds", "2", "newNumber", NEW_PHONE);
		String second = this.client.answer(started.session(), this.sub, "right-1", change).session();
		AuthenticationResultType tokens = this.client.answer(second, this.sub, "right-2", change)
			.authenticationResult();
		assertThat(SignedJWT.parse(tokens.idToken()).getJWTClaimsSet().getClaims())
			.containsEntry("phone_number", NEW_PHONE)
			.containsEntry("phone_number_verified", true)
			.containsEntry("sub", this.sub);
		String poolId = this.cognito.pool().userPoolId();
		assertThat(this.client.cognito.adminGetUser((request) -> request.userPoolId(poolId).username(NEW_PHONE))
			.username()).isEqualTo(this.sub);
		assertThat(this.client.cognito
			.listUsers((request) -> request.userPoolId(poolId).filter("phone_number = \"" + PHONE + "\""))
			.users()).isEmpty();
	}

	@Test
	void answerWhenPostAuthenticationCannotTakeANumberAnotherUserHasThenTheSignInFailsAndNothingChanges() {
		this.client.signUp(NEW_PHONE, "Charles Babbage");
		InitiateAuthResponse started = this.client.start(PHONE);
		Map<String, String> change = Map.of("rounds", "2", "newNumber", NEW_PHONE);
		String second = this.client.answer(started.session(), this.sub, "right-1", change).session();
		// the trigger's call fails with AliasExistsException, so the trigger fails
		assertThatThrownBy(() -> this.client.answer(second, this.sub, "right-2", change)).isInstanceOfSatisfying(
				UserLambdaValidationException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.startsWith("PostAuthentication failed with error ")
					.contains("An account with the given phone_number already exists."));
		String poolId = this.cognito.pool().userPoolId();
		assertThat(this.client.cognito.adminGetUser((request) -> request.userPoolId(poolId).username(PHONE)).username())
			.isEqualTo(this.sub);
		assertThat(this.client.cognito.adminGetUser((request) -> request.userPoolId(poolId).username(NEW_PHONE))
			.username()).isNotEqualTo(this.sub);
	}

	private static List<ScriptedTriggers.Recorded> recorded(String triggerSource) {
		return ScriptedTriggers.events()
			.stream()
			.filter((event) -> event.triggerSource().equals(triggerSource))
			.toList();
	}

}
