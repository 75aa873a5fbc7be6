package dev.passwordless.local;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import dev.passwordless.rules.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a signed-in person does with their own account, through the real SDK with an
 * unsigned client as the web app calls these operations: change their name
 * (UpdateUserAttributes), delete the account (DeleteUser), sign one device out
 * (RevokeToken).
 */
class YourAccountIT {

	private static final MovableClock clock = new MovableClock();

	private static LocalCognito cognito;

	private static PoolClient client;

	private static CognitoIdentityProviderClient unsigned;

	private static int next = 100;

	@BeforeAll
	static void start() {
		cognito = LocalCognito
			.start(PoolClient.forRepeatedSignIns(LocalCognitoConfig.inMemory().echoSms(false)).build(), clock);
		client = new PoolClient(cognito.pool());
		unsigned = PoolClient.unsigned(cognito.pool());
	}

	@AfterAll
	static void stop() {
		unsigned.close();
		cognito.close();
	}

	@BeforeEach
	void emptyOutbox() {
		cognito.outbox().clear();
	}

	/** A number no other test uses. */
	private static synchronized String phone() {
		return "+1415555" + String.format("%04d", next++);
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

	private static UpdateUserAttributesResponse update(String accessToken, AttributeType... attributes) {
		return unsigned.updateUserAttributes((request) -> request.accessToken(accessToken).userAttributes(attributes));
	}

	private static String attributeOf(String accessToken, String name) {
		return unsigned.getUser((request) -> request.accessToken(accessToken))
			.userAttributes()
			.stream()
			.filter((attribute) -> attribute.name().equals(name))
			.map(AttributeType::value)
			.findFirst()
			.orElse(null);
	}

	private static Object claim(String token, String name) throws ParseException {
		return SignedJWT.parse(token).getJWTClaimsSet().getClaim(name);
	}

	@Test
	void initiateAuthWhenAChangeOfNumberIsAskedThenTheOnlyCodeGoesToTheNewNumberAndItsAnswerMovesTheAccount()
			throws ParseException {
		String old = phone();
		String fresh = phone();
		String sub = client.signUp(old, "Ada Lovelace");
		client.signIn(old);
		cognito.outbox().clear();
		Map<String, String> change = Map.of("purpose", "change-number", "newPhoneNumber", fresh);
		InitiateAuthResponse started = client.start(old, change);
		assertThat(started.challengeParameters()).containsEntry("target", "new-number");
		assertThat(client.smsCount(old)).isZero();
		assertThat(client.smsCount(fresh)).isOne();
		AuthenticationResultType tokens = client
			.answer(started.session(), started.challengeParameters().get("USERNAME"), client.latestCode(fresh), change)
			.authenticationResult();
		assertThat(attributeOf(tokens.accessToken(), "phone_number")).isEqualTo(fresh);
		clock.advance(Duration.ofMinutes(2));
		client.start(old);
		assertThat(client.smsCount(old)).isZero();
		assertThat(claim(client.signIn(fresh).idToken(), "sub")).isEqualTo(sub);
	}

	@Test
	void initiateAuthWhenTheNewNumberHasAnAccountThenRefusedWithNumberTakenAndNoSms() {
		String old = phone();
		String other = phone();
		client.signUp(old, "Ada Lovelace");
		client.signUp(other, "Grace Hopper");
		cognito.outbox().clear();
		assertThatThrownBy(() -> client.start(old, Map.of("purpose", "change-number", "newPhoneNumber", other)))
			.isInstanceOf(UserLambdaValidationException.class)
			.hasMessageContaining("refusal=NUMBER_TAKEN");
		assertThat(client.smsCount(old)).isZero();
		assertThat(client.smsCount(other)).isZero();
	}

	@Test
	void updateUserAttributesWhenNameAndLocaleChangeThenGetUserShowsThemAndNothingNeedsVerifying() {
		String phone = phone();
		client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType tokens = client.signIn(phone);
		UpdateUserAttributesResponse response = update(tokens.accessToken(), attribute("name", "Ada King"),
				attribute("locale", "de"));
		assertThat(response.codeDeliveryDetailsList()).isEmpty();
		assertThat(attributeOf(tokens.accessToken(), "name")).isEqualTo("Ada King");
		assertThat(attributeOf(tokens.accessToken(), "locale")).isEqualTo("de");
		assertThat(attributeOf(tokens.accessToken(), "phone_number")).isEqualTo(phone);
	}

	@Test
	void updateUserAttributesWhenNameChangesThenLastModifiedDateMoves() {
		String phone = phone();
		client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType tokens = client.signIn(phone);
		Instant before = client.cognito
			.adminGetUser((request) -> request.userPoolId(cognito.pool().userPoolId()).username(phone))
			.userLastModifiedDate();
		clock.advance(Duration.ofSeconds(5));
		update(tokens.accessToken(), attribute("name", "Ada King"));
		assertThat(client.cognito
			.adminGetUser((request) -> request.userPoolId(cognito.pool().userPoolId()).username(phone))
			.userLastModifiedDate()).isAfterOrEqualTo(before.plusSeconds(5));
	}

	@Test
	void refreshWhenNameWasChangedThenTheNewIdTokenCarriesTheNewName() throws ParseException {
		String phone = phone();
		String sub = client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType tokens = client.signIn(phone);
		update(tokens.accessToken(), attribute("name", "Ada King"));
		assertThat(claim(tokens.idToken(), "name")).isEqualTo("Ada Lovelace");
		assertThat(claim(client.refresh(tokens.refreshToken(), sub).idToken(), "name")).isEqualTo("Ada King");
	}

	@ParameterizedTest
	@ValueSource(strings = { "phone_number", "phone_number_verified", "sub", "email", "cognito:user_status" })
	void updateUserAttributesWhenTheClientMayNotWriteTheAttributeThenNotAuthorizedAndNothingChanges(String name) {
		String phone = phone();
		client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType tokens = client.signIn(phone);
		assertThatThrownBy(() -> update(tokens.accessToken(), attribute("name", "Ada King"), attribute(name, "x")))
			.isInstanceOfSatisfying(NotAuthorizedException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
						.isEqualTo("A client attempted to write unauthorized attribute"));
		assertThat(attributeOf(tokens.accessToken(), "name")).isEqualTo("Ada Lovelace");
		assertThat(attributeOf(tokens.accessToken(), "phone_number")).isEqualTo(phone);
	}

	@Test
	void updateUserAttributesWhenTheAttributeIsNotInTheSchemaThenInvalidParameter() {
		String phone = phone();
		client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType tokens = client.signIn(phone);
		assertThatThrownBy(() -> update(tokens.accessToken(), attribute("custom:team", "blue"))).isInstanceOfSatisfying(
				InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
						"Attributes did not conform to the schema: custom:team: Attribute does not exist in the schema."));
	}

	@Test
	void updateUserAttributesWhenTheNameIsLongerThan2048CharactersThenInvalidParameterAndNothingChanges() {
		String phone = phone();
		client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType tokens = client.signIn(phone);
		update(tokens.accessToken(), attribute("name", "A".repeat(2048)));
		assertThatThrownBy(() -> update(tokens.accessToken(), attribute("name", "B".repeat(2049))))
			.isInstanceOf(InvalidParameterException.class);
		assertThat(attributeOf(tokens.accessToken(), "name")).isEqualTo("A".repeat(2048));
	}

	@Test
	void updateUserAttributesWhenTheRequiredNameIsBlankThenInvalidParameter() {
		String phone = phone();
		client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType tokens = client.signIn(phone);
		assertThatThrownBy(() -> update(tokens.accessToken(), attribute("name", ""))).isInstanceOfSatisfying(
				InvalidParameterException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Attributes did not conform to the schema: name: The attribute is required"));
	}

	@Test
	void updateUserAttributesWhenTheAccessTokenIsRevokedOrGarbageThenNotAuthorized() {
		String phone = phone();
		client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType tokens = client.signIn(phone);
		unsigned.globalSignOut((request) -> request.accessToken(tokens.accessToken()));
		assertThatThrownBy(() -> update(tokens.accessToken(), attribute("name", "Ada King"))).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Access Token has been revoked"));
		assertThatThrownBy(() -> update("not-a-token", attribute("name", "Ada King"))).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Invalid Access Token"));
	}

	@Test
	void deleteUserWhenDeletedThenRefreshTokensNoLongerRefreshAndTheAccessTokenIsRevoked() {
		String phone = phone();
		String sub = client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType first = client.signIn(phone);
		AuthenticationResultType second = client.signIn(phone);
		unsigned.deleteUser((request) -> request.accessToken(first.accessToken()));
		for (AuthenticationResultType tokens : new AuthenticationResultType[] { first, second }) {
			assertThatThrownBy(() -> client.refresh(tokens.refreshToken(), sub))
				.isInstanceOf(NotAuthorizedException.class);
			assertThatThrownBy(() -> unsigned.getUser((request) -> request.accessToken(tokens.accessToken())))
				.isInstanceOf(NotAuthorizedException.class);
		}
		assertThatThrownBy(() -> client.cognito
			.adminGetUser((request) -> request.userPoolId(cognito.pool().userPoolId()).username(phone)))
			.isInstanceOf(UserNotFoundException.class);
	}

	@Test
	void signInWhenTheAccountWasDeletedThenTheNumberIsUnknownAndNoSmsIsSent() {
		String phone = phone();
		client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType tokens = client.signIn(phone);
		unsigned.deleteUser((request) -> request.accessToken(tokens.accessToken()));
		cognito.outbox().clear();
		InitiateAuthResponse started = client.start(phone);
		assertThat(started.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
		String username = started.challengeParameters().get("USERNAME");
		String session = client.answer(started.session(), username, "123456").session();
		session = client.answer(session, username, "654321").session();
		String last = session;
		assertThatThrownBy(() -> client.answer(last, username, "000000")).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Incorrect username or password."));
		assertThat(cognito.outbox().messages(phone)).isEmpty();
	}

	@Test
	void signUpWhenTheAccountForTheNumberWasDeletedThenANewAccountSignsIn() {
		String phone = phone();
		String old = client.signUp(phone, "Ada Lovelace");
		unsigned.deleteUser((request) -> request.accessToken(client.signIn(phone).accessToken()));
		String sub = client.signUp(phone, "Grace Hopper");
		assertThat(sub).isNotEqualTo(old);
		AuthenticationResultType tokens = client.signIn(phone);
		assertThat(unsigned.getUser((request) -> request.accessToken(tokens.accessToken())).username()).isEqualTo(sub);
		assertThat(attributeOf(tokens.accessToken(), "name")).isEqualTo("Grace Hopper");
	}

	@Test
	void revokeTokenWhenOneDeviceIsSignedOutThenTheOtherDevicesRefreshTokenStillRefreshes() {
		String phone = phone();
		String sub = client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType laptop = client.signIn(phone);
		AuthenticationResultType phoneApp = client.signIn(phone);
		client.revoke(laptop.refreshToken());
		assertThatThrownBy(() -> client.refresh(laptop.refreshToken(), sub)).isInstanceOfSatisfying(
				NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Refresh Token has been revoked"));
		AuthenticationResultType refreshed = client.refresh(phoneApp.refreshToken(), sub);
		assertThat(unsigned.getUser((request) -> request.accessToken(refreshed.accessToken())).username())
			.isEqualTo(sub);
		assertThat(unsigned.getUser((request) -> request.accessToken(phoneApp.accessToken())).username())
			.isEqualTo(sub);
	}

}
