package dev.passwordless.triggers;

import java.util.ArrayList;
import java.util.List;

import dev.passwordless.triggers.challenge.NumberChangeRefusedException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a number change asks of Cognito (decisions 004, 005): Create's {@code ListUsers}
 * lookup, Post authentication's {@code AdminUpdateUserAttributes} and its
 * {@code NUMBER_TAKEN}.
 */
class NumberChangeCognitoTest {

	private final List<Object> requests = new ArrayList<>();

	@Test
	void lookupWhenANumberIsCheckedThenListsOneUserOfTheEventsPoolByPhoneNumber() {
		FakeCognito cognito = new FakeCognito(List.of(UserType.builder().username("someone").build()), false);
		assertThat(CognitoUserCalls.numberOwners(() -> cognito).hasAccount("us-east-1_Example01", "+14155550177"))
			.isTrue();
		assertThat(this.requests).singleElement()
			.isEqualTo(ListUsersRequest.builder()
				.userPoolId("us-east-1_Example01")
				.filter("phone_number = \"+14155550177\"")
				.limit(1)
				.build());
	}

	@Test
	void lookupWhenNoUserHasTheNumberThenFalse() {
		FakeCognito cognito = new FakeCognito(List.of(), false);
		assertThat(CognitoUserCalls.numberOwners(() -> cognito).hasAccount("us-east-1_Example01", "+14155550177"))
			.isFalse();
	}

	@Test
	void updateWhenTheNumberIsFreeThenSetsItVerifiedForTheUser() {
		CognitoUserCalls.numberUpdate(new FakeCognito(List.of(), false))
			.replace("us-east-1_Example01", "user-1", "+14155550177");
		assertThat(this.requests).singleElement()
			.isEqualTo(AdminUpdateUserAttributesRequest.builder()
				.userPoolId("us-east-1_Example01")
				.username("user-1")
				.userAttributes(AttributeType.builder().name("phone_number").value("+14155550177").build(),
						AttributeType.builder().name("phone_number_verified").value("true").build())
				.build());
	}

	@Test
	void updateWhenCognitoSaysTheAliasExistsThenRefusesWithNumberTaken() {
		assertThatThrownBy(() -> CognitoUserCalls.numberUpdate(new FakeCognito(List.of(), true))
			.replace("us-east-1_Example01", "user-1", "+14155550177")).isInstanceOf(NumberChangeRefusedException.class)
			.hasMessage("refusal=NUMBER_TAKEN");
	}

	/** Answers the two calls, records what it was asked. */
	private final class FakeCognito implements CognitoIdentityProviderClient {

		private final List<UserType> users;

		private final boolean aliasExists;

		FakeCognito(List<UserType> users, boolean aliasExists) {
			this.users = users;
			this.aliasExists = aliasExists;
		}

		@Override
		public ListUsersResponse listUsers(ListUsersRequest request) {
			NumberChangeCognitoTest.this.requests.add(request);
			return ListUsersResponse.builder().users(this.users).build();
		}

		@Override
		public AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest request) {
			NumberChangeCognitoTest.this.requests.add(request);
			if (this.aliasExists) {
				throw AliasExistsException.builder()
					.message("An account with the given phone_number already exists.")
					.build();
			}
			return AdminUpdateUserAttributesResponse.builder().build();
		}

		@Override
		public String serviceName() {
			return "cognito-idp";
		}

		@Override
		public void close() {
		}

	}

}
