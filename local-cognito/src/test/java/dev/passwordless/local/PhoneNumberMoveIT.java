package dev.passwordless.local;

import java.util.List;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Moving an account to a new number with {@code AdminUpdateUserAttributes}, signed, as
 * the Post authentication trigger does at the end of decision 004's number change,
 * against the pool running this project's real triggers (docs/cognito-custom-auth.md
 * 12.3).
 */
class PhoneNumberMoveIT {

	private static final String OLD_PHONE = "+14155550123";

	private static final String NEW_PHONE = "+14155550177";

	private static final String OTHER_PHONE = "+14155550188";

	private LocalCognito cognito;

	private PoolClient client;

	private String pool;

	private String sub;

	@BeforeEach
	void start() {
		this.cognito = LocalCognito
			.start(PoolClient.forRepeatedSignIns(LocalCognitoConfig.inMemory().echoSms(false)).build());
		this.client = new PoolClient(this.cognito.pool());
		this.pool = this.cognito.pool().userPoolId();
		this.sub = this.client.signUp(OLD_PHONE, "Ada Lovelace");
	}

	@AfterEach
	void stop() {
		this.cognito.close();
	}

	@Test
	void adminUpdateUserAttributesWhenThePhoneNumberMovesThenTheOldNumberGetsTheDecoyAndNoSms() {
		move(this.sub, NEW_PHONE);
		this.cognito.outbox().clear();
		InitiateAuthResponse started = this.client.start(OLD_PHONE);
		String decoy = started.challengeParameters().get("USERNAME");
		assertThat(decoy).isNotEqualTo(this.sub).matches("[0-9a-f-]{36}");
		assertThat(this.cognito.outbox().messages(OLD_PHONE)).as("no SMS to the old number").isEmpty();
		assertThat(this.cognito.outbox().messages(NEW_PHONE)).isEmpty();
		assertThatThrownBy(() -> get(OLD_PHONE)).isInstanceOf(UserNotFoundException.class);
	}

	@Test
	void adminUpdateUserAttributesWhenThePhoneNumberMovesThenTheNewNumberSignsInTheSameUserWithItsGroupsAndRefreshTokens()
			throws Exception {
		this.client.cognito.createGroup((request) -> request.userPoolId(this.pool).groupName("portal-users"));
		this.client.cognito.adminAddUserToGroup(
				(request) -> request.userPoolId(this.pool).username(OLD_PHONE).groupName("portal-users"));
		AuthenticationResultType before = this.client.signIn(OLD_PHONE);

		move(this.sub, NEW_PHONE);

		AdminGetUserResponse user = get(NEW_PHONE);
		assertThat(user.username()).isEqualTo(this.sub);
		assertThat(user.userAttributes()).extracting(AttributeType::name, AttributeType::value)
			.contains(org.assertj.core.groups.Tuple.tuple("phone_number", NEW_PHONE),
					org.assertj.core.groups.Tuple.tuple("phone_number_verified", "true"),
					org.assertj.core.groups.Tuple.tuple("sub", this.sub),
					org.assertj.core.groups.Tuple.tuple("name", "Ada Lovelace"));
		assertThat(this.client.cognito
			.adminListGroupsForUser((request) -> request.userPoolId(this.pool).username(NEW_PHONE))
			.groups()).extracting("groupName").containsExactly("portal-users");
		AuthenticationResultType refreshed = this.client.refresh(before.refreshToken(), this.sub);
		assertThat(SignedJWT.parse(refreshed.idToken()).getJWTClaimsSet().getClaims())
			.containsEntry("phone_number", NEW_PHONE)
			.containsEntry("sub", this.sub);
		InitiateAuthResponse started = this.client.start(NEW_PHONE);
		assertThat(started.challengeParameters()).containsEntry("USERNAME", this.sub);
		assertThat(this.client.answer(started.session(), this.sub, this.client.latestCode(NEW_PHONE))
			.authenticationResult()
			.accessToken()).isNotBlank();
	}

	@Test
	void adminUpdateUserAttributesWhenTheNumberBelongsToAnotherUserThenAliasExistsAndNothingChanges() {
		String other = this.client.signUp(OTHER_PHONE, "Charles Babbage");
		List<AttributeType> before = get(OLD_PHONE).userAttributes();
		assertThatThrownBy(() -> move(this.sub, OTHER_PHONE)).isInstanceOfSatisfying(AliasExistsException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("An account with the given phone_number already exists."));
		assertThat(get(OLD_PHONE).userAttributes()).containsExactlyInAnyOrderElementsOf(before);
		assertThat(get(OTHER_PHONE).username()).isEqualTo(other);
		assertThat(this.client.signIn(OLD_PHONE).accessToken()).isNotBlank();
	}

	@Test
	void adminUpdateUserAttributesWhenUnsignedThenMissingAuthenticationTokenAndTheNumberStays() {
		try (CognitoIdentityProviderClient unsigned = PoolClient.unsigned(this.cognito.pool())) {
			assertThatThrownBy(() -> unsigned.adminUpdateUserAttributes((request) -> request.userPoolId(this.pool)
				.username(this.sub)
				.userAttributes(attribute("phone_number", NEW_PHONE)))).isInstanceOfSatisfying(
						CognitoIdentityProviderException.class, (ex) -> assertThat(ex.awsErrorDetails().errorCode())
							.isEqualTo("MissingAuthenticationTokenException"));
		}
		assertThat(get(OLD_PHONE).username()).isEqualTo(this.sub);
	}

	private void move(String username, String phone) {
		this.client.cognito.adminUpdateUserAttributes((request) -> request.userPoolId(this.pool)
			.username(username)
			.userAttributes(attribute("phone_number", phone), attribute("phone_number_verified", "true")));
	}

	private AdminGetUserResponse get(String phone) {
		return this.client.cognito.adminGetUser((request) -> request.userPoolId(this.pool).username(phone));
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

}
