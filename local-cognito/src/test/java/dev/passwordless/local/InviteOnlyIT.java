package dev.passwordless.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A pool started with {@code signUp(INVITE_ONLY)} ({@code --sign-up invite-only}), as
 * Cognito with {@code AllowAdminCreateUserOnly=true}: nobody signs up, an administrator
 * invites. The open pool is every other test's.
 */
class InviteOnlyIT {

	private static LocalCognito cognito;

	private static PoolClient client;

	@BeforeAll
	static void start() {
		cognito = LocalCognito.start(PoolClient.forRepeatedSignIns(LocalCognitoConfig.inMemory().echoSms(false))
			.signUp(LocalCognitoConfig.SignUp.INVITE_ONLY)
			.build());
		client = new PoolClient(cognito.pool());
	}

	@AfterAll
	static void stop() {
		cognito.close();
	}

	@Test
	void signUpWhenInviteOnlyThenNotAuthorizedAndNoUserIsCreated() {
		assertThatThrownBy(() -> client.signUp("+14155550301", "Ada Lovelace")).isInstanceOfSatisfying(
				NotAuthorizedException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("SignUp is not permitted for this user pool."));
		assertThatThrownBy(() -> client.cognito
			.adminGetUser((request) -> request.userPoolId(cognito.pool().userPoolId()).username("+14155550301")))
			.isInstanceOf(UserNotFoundException.class);
	}

	@Test
	void signInWhenInvitedWithAPermanentPasswordThenTokens() {
		String phone = "+14155550302";
		client.cognito.adminCreateUser((request) -> request.userPoolId(cognito.pool().userPoolId())
			.username(phone)
			.messageAction(MessageActionType.SUPPRESS)
			.userAttributes((attribute) -> attribute.name("name").value("Grace Hopper")));
		client.cognito.adminSetUserPassword((request) -> request.userPoolId(cognito.pool().userPoolId())
			.username(phone)
			.password(PoolClient.password())
			.permanent(true));
		AuthenticationResultType tokens = client.signIn(phone);
		assertThat(tokens.accessToken()).isNotBlank();
	}

}
