package dev.passwordless.local;

import java.net.URL;
import java.time.Duration;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-up and sign-in through the real AWS SDK against the local pool running the real
 * triggers.
 */
class CustomAuthIT {

	private static final String PHONE = "+14155550123";

	private final MovableClock clock = new MovableClock();

	private LocalCognito cognito;

	private PoolClient client;

	@BeforeEach
	void start() {
		this.cognito = LocalCognito
			.start(PoolClient.forRepeatedSignIns(LocalCognitoConfig.inMemory().echoSms(false)).build(), this.clock);
		this.client = new PoolClient(this.cognito.pool());
	}

	@AfterEach
	void stop() {
		this.cognito.close();
	}

	@Test
	void signingKeysWhenAFreshPoolStartsThenMadeOnlyOnceASignInStarts() {
		this.client.signUp(PHONE, "Ada Lovelace");
		// started and signing people up, yet no token needed: no RSA key made
		assertThat(this.cognito.keysReady()).isFalse();
		this.client.start(PHONE);
		// being made in the background while the person reads the SMS: waiting for the
		// pool now waits for them
		this.cognito.awaitReady();
		assertThat(this.cognito.keysReady()).isTrue();
	}

	@Test
	void signUpWhenValidThenUserIsConfirmedWithUnverifiedPhoneAndAUuidUsername() {
		String sub = this.client.signUp(PHONE, "Ada Lovelace");
		AdminGetUserResponse user = this.client.cognito
			.adminGetUser((request) -> request.userPoolId(this.client.pool.userPoolId()).username(PHONE));
		assertThat(user.username()).isEqualTo(sub).matches("[0-9a-f-]{36}");
		assertThat(user.userStatusAsString()).isEqualTo("CONFIRMED");
		assertThat(user.userAttributes()).extracting(AttributeType::name, AttributeType::value)
			.contains(org.assertj.core.groups.Tuple.tuple("phone_number", PHONE),
					org.assertj.core.groups.Tuple.tuple("phone_number_verified", "false"),
					org.assertj.core.groups.Tuple.tuple("name", "Ada Lovelace"),
					org.assertj.core.groups.Tuple.tuple("sub", sub));
	}

	@Test
	void signUpWhenPreSignUpRejectsThenUserLambdaValidationWithTheTriggersMessage() {
		assertThatThrownBy(() -> this.client.signUp(PHONE, "  ")).isInstanceOfSatisfying(
				UserLambdaValidationException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("PreSignUp failed with error refusal=NAME_MISSING."));
		assertThat(
				this.client.cognito.listUsers((request) -> request.userPoolId(this.client.pool.userPoolId())).users())
			.isEmpty();
	}

	@Test
	void signUpWhenNumberIsTakenThenUsernameExists() {
		this.client.signUp(PHONE, "Ada Lovelace");
		assertThatThrownBy(() -> this.client.signUp(PHONE, "Someone Else")).isInstanceOfSatisfying(
				UsernameExistsException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("An account with the given phone_number already exists."));
	}

	@Test
	void signInWhenCodeFromOutboxIsEnteredThenTokensVerifyAgainstTheJwksAndPhoneIsVerified() throws Exception {
		String sub = this.client.signUp(PHONE, "Ada Lovelace");
		InitiateAuthResponse started = this.client.start(PHONE);
		assertThat(started.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
		assertThat(started.challengeParameters()).containsEntry("USERNAME", sub)
			.containsEntry("codeLength", "6")
			.containsKey("expiresAt")
			.doesNotContainKey("phone");
		RespondToAuthChallengeResponse answered = this.client.answer(started.session(), sub,
				this.client.latestCode(PHONE));
		AuthenticationResultType tokens = answered.authenticationResult();
		assertThat(tokens.tokenType()).isEqualTo("Bearer");
		assertThat(tokens.expiresIn()).isEqualTo(3600);
		JWTClaimsSet id = verify(tokens.idToken(), "id");
		JWTClaimsSet access = verify(tokens.accessToken(), "access");
		assertThat(id.getAudience()).containsExactly(this.client.pool.clientId());
		assertThat(id.getClaim("cognito:username")).isEqualTo(sub);
		assertThat(id.getClaim("phone_number")).isEqualTo(PHONE);
		assertThat(id.getClaim("phone_number_verified")).isEqualTo(true);
		assertThat(id.getClaim("name")).isEqualTo("Ada Lovelace");
		assertThat(access.getAudience()).isEmpty();
		assertThat(access.getClaim("client_id")).isEqualTo(this.client.pool.clientId());
		assertThat(access.getClaim("username")).isEqualTo(sub);
		assertThat(access.getClaim("scope")).isEqualTo("aws.cognito.signin.user.admin");
		assertThat(this.client.cognito.getUser((request) -> request.accessToken(tokens.accessToken())).username())
			.isEqualTo(sub);
	}

	@Test
	void signInWhenOneWrongAnswerThenRightThenSignsInWithOneSms() {
		this.client.signUp(PHONE, "Ada Lovelace");
		InitiateAuthResponse started = this.client.start(PHONE);
		String code = this.client.latestCode(PHONE);
		String username = started.challengeParameters().get("USERNAME");
		RespondToAuthChallengeResponse retry = this.client.answer(started.session(), username, wrong(code));
		assertThat(retry.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
		assertThat(retry.session()).isNotEqualTo(started.session());
		assertThat(retry.challengeParameters()).containsEntry("attemptsLeft", "2");
		assertThat(this.client.answer(retry.session(), username, code).authenticationResult().idToken()).isNotBlank();
		assertThat(this.client.smsCount(PHONE)).isEqualTo(1);
	}

	@Test
	void signInWhenThreeWrongAnswersThenNotAuthorized() {
		this.client.signUp(PHONE, "Ada Lovelace");
		InitiateAuthResponse started = this.client.start(PHONE);
		String code = this.client.latestCode(PHONE);
		String username = started.challengeParameters().get("USERNAME");
		String session = this.client.answer(started.session(), username, wrong(code)).session();
		session = this.client.answer(session, username, wrong(code)).session();
		String last = session;
		assertThatThrownBy(() -> this.client.answer(last, username, wrong(code))).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Incorrect username or password."));
	}

	@Test
	void answerWhenSessionExpiredThenInvalidSessionExpired() {
		this.client.signUp(PHONE, "Ada Lovelace");
		InitiateAuthResponse started = this.client.start(PHONE);
		this.clock.advance(Duration.ofMinutes(3));
		assertThatThrownBy(() -> this.client.answer(started.session(), started.challengeParameters().get("USERNAME"),
				this.client.latestCode(PHONE)))
			.isInstanceOfSatisfying(NotAuthorizedException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
						.isEqualTo("Invalid session for the user, session is expired."));
	}

	@Test
	void answerWhenSessionWasAlreadyUsedThenInvalidSession() {
		this.client.signUp(PHONE, "Ada Lovelace");
		InitiateAuthResponse started = this.client.start(PHONE);
		String username = started.challengeParameters().get("USERNAME");
		String code = this.client.latestCode(PHONE);
		this.client.answer(started.session(), username, wrong(code));
		assertThatThrownBy(() -> this.client.answer(started.session(), username, code)).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Invalid session for the user."));
	}

	@Test
	void signInWhenNumberIsUnknownThenSameFlowNoSmsAndTheSameErrorAtTheEnd() {
		this.client.signUp(PHONE, "Ada Lovelace");
		InitiateAuthResponse known = this.client.start(PHONE);
		InitiateAuthResponse unknown = this.client.start("+14155550199");
		assertThat(unknown.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
		assertThat(unknown.challengeParameters().keySet()).isEqualTo(known.challengeParameters().keySet());
		assertThat(unknown.challengeParameters().get("USERNAME")).matches("[0-9a-f-]{36}");
		String username = unknown.challengeParameters().get("USERNAME");
		String session = this.client.answer(unknown.session(), username, "123456").session();
		session = this.client.answer(session, username, "654321").session();
		String last = session;
		assertThatThrownBy(() -> this.client.answer(last, username, "000000")).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Incorrect username or password."));
		assertThat(this.client.outbox("+14155550199").path("sms_messages").size()).isZero();
	}

	@Test
	void refreshWhenRefreshTokenIsValidThenNewTokensWithTheOriginalAuthTime() throws Exception {
		String sub = this.client.signUp(PHONE, "Ada Lovelace");
		AuthenticationResultType tokens = this.client.signIn(PHONE);
		AuthenticationResultType refreshed = this.client.refresh(tokens.refreshToken(), sub);
		assertThat(refreshed.refreshToken()).isNull();
		assertThat(refreshed.accessToken()).isNotEqualTo(tokens.accessToken());
		assertThat(verify(refreshed.accessToken(), "access").getClaim("auth_time"))
			.isEqualTo(verify(tokens.accessToken(), "access").getClaim("auth_time"));
	}

	@Test
	void getUserWhenUserSignedOutGloballyThenAccessTokenIsRevokedAndRefreshFails() {
		String sub = this.client.signUp(PHONE, "Ada Lovelace");
		AuthenticationResultType tokens = this.client.signIn(PHONE);
		this.client.cognito.globalSignOut((request) -> request.accessToken(tokens.accessToken()));
		assertThatThrownBy(() -> this.client.cognito.getUser((request) -> request.accessToken(tokens.accessToken())))
			.isInstanceOfSatisfying(NotAuthorizedException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Access Token has been revoked"));
		assertThatThrownBy(() -> this.client.refresh(tokens.refreshToken(), sub)).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Refresh Token has been revoked"));
	}

	@Test
	void revokeTokenWhenRefreshTokenIsRevokedThenOnlyItsTokensStopWorking() {
		this.client.signUp(PHONE, "Ada Lovelace");
		AuthenticationResultType first = this.client.signIn(PHONE);
		AuthenticationResultType second = this.client.signIn(PHONE);
		this.client.revoke(first.refreshToken());
		assertThatThrownBy(() -> this.client.cognito.getUser((request) -> request.accessToken(first.accessToken())))
			.isInstanceOf(NotAuthorizedException.class);
		assertThat(this.client.cognito.getUser((request) -> request.accessToken(second.accessToken())).username())
			.isNotBlank();
	}

	@Test
	void signInWhenUserIsInGroupsThenBothTokensCarryCognitoGroups() throws Exception {
		this.client.signUp(PHONE, "Ada Lovelace");
		String poolId = this.client.pool.userPoolId();
		this.client.cognito.createGroup((request) -> request.userPoolId(poolId).groupName("portal-users"));
		this.client.cognito
			.adminAddUserToGroup((request) -> request.userPoolId(poolId).username(PHONE).groupName("portal-users"));
		AuthenticationResultType tokens = this.client.signIn(PHONE);
		assertThat(verify(tokens.idToken(), "id").getStringListClaim("cognito:groups")).containsExactly("portal-users");
		assertThat(verify(tokens.accessToken(), "access").getStringListClaim("cognito:groups"))
			.containsExactly("portal-users");
		assertThat(this.client.cognito.adminListGroupsForUser((request) -> request.userPoolId(poolId).username(PHONE))
			.groups()).extracting("groupName").containsExactly("portal-users");
	}

	@Test
	void listUsersWhenFilteredByPhoneNumberThenFindsOnlyThatUser() {
		this.client.signUp(PHONE, "Ada Lovelace");
		this.client.signUp("+14155550124", "Charles Babbage");
		assertThat(this.client.cognito
			.listUsers((request) -> request.userPoolId(this.client.pool.userPoolId())
				.filter("phone_number = \"+14155550124\""))
			.users()).singleElement()
			.satisfies((user) -> assertThat(user.attributes())
				.contains(AttributeType.builder().name("name").value("Charles Babbage").build()));
	}

	private JWTClaimsSet verify(String token, String tokenUse) throws Exception {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
				JWKSourceBuilder.create(new URL(this.client.pool.jwksUri().toString())).retrying(false).build()));
		processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
				new JWTClaimsSet.Builder().issuer(this.client.pool.issuer()).claim("token_use", tokenUse).build(),
				java.util.Set.of("sub", "exp", "iat", "jti", "origin_jti", "auth_time")));
		JWTClaimsSet claims = processor.process(token, null);
		assertThat(claims.getExpirationTime()).isAfter(new Date());
		assertThat(claims.getIssuer()).isEqualTo(this.client.pool.issuer());
		return claims;
	}

	private static String wrong(String code) {
		return code.equals("000000") ? "111111" : "000000";
	}

}
