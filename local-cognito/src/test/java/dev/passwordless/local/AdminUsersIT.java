package dev.passwordless.local;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administration operations of the internal portal through the real SDK: creating
 * invitees, setting their passwords, disabling and enabling them, listing groups and
 * their members, and that each needs a SigV4 signature as on AWS. The pool here is open
 * (the default); {@code InviteOnlyIT} covers the other setting.
 */
class AdminUsersIT {

	private static LocalCognito cognito;

	private static PoolClient client;

	private static CognitoIdentityProviderClient unsigned;

	private static String pool;

	private static int next = 100;

	@BeforeAll
	static void start() {
		cognito = LocalCognito
			.start(PoolClient.forRepeatedSignIns(LocalCognitoConfig.inMemory().echoSms(false)).build());
		client = new PoolClient(cognito.pool());
		pool = cognito.pool().userPoolId();
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

	private static UserType invite(String phone, MessageActionType action) {
		return client.cognito
			.adminCreateUser((request) -> request.userPoolId(pool)
				.username(phone)
				.messageAction(action)
				.userAttributes(attribute("name", "Grace Hopper"), attribute("phone_number_verified", "true")))
			.user();
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

	private static void permanentPassword(String phone) {
		client.cognito.adminSetUserPassword(
				(request) -> request.userPoolId(pool).username(phone).password(PoolClient.password()).permanent(true));
	}

	private static AdminGetUserResponse get(String phone) {
		return client.cognito.adminGetUser((request) -> request.userPoolId(pool).username(phone));
	}

	static Stream<Arguments> iamAuthorizedOperations() {
		Map<String, Consumer<CognitoIdentityProviderClient>> calls = Map.ofEntries(
				Map.entry("AdminCreateUser",
						(c) -> c.adminCreateUser((r) -> r.userPoolId(pool).username("+14155559901"))),
				Map.entry("AdminSetUserPassword",
						(c) -> c.adminSetUserPassword((r) -> r.userPoolId(pool)
							.username("+14155559902")
							.password(PoolClient.password())
							.permanent(true))),
				Map.entry("AdminDisableUser", (c) -> c.adminDisableUser((r) -> r.userPoolId(pool).username("+1"))),
				Map.entry("AdminEnableUser", (c) -> c.adminEnableUser((r) -> r.userPoolId(pool).username("+1"))),
				Map.entry("AdminGetUser", (c) -> c.adminGetUser((r) -> r.userPoolId(pool).username("+1"))),
				Map.entry("ListUsers", (c) -> c.listUsers((r) -> r.userPoolId(pool))),
				Map.entry("ListUsersInGroup", (c) -> c.listUsersInGroup((r) -> r.userPoolId(pool).groupName("g"))),
				Map.entry("ListGroups", (c) -> c.listGroups((r) -> r.userPoolId(pool))),
				Map.entry("CreateGroup", (c) -> c.createGroup((r) -> r.userPoolId(pool).groupName("unsigned"))),
				Map.entry("AdminAddUserToGroup",
						(c) -> c.adminAddUserToGroup((r) -> r.userPoolId(pool).username("+1").groupName("g"))),
				Map.entry("AdminUserGlobalSignOut",
						(c) -> c.adminUserGlobalSignOut((r) -> r.userPoolId(pool).username("+1"))));
		return calls.entrySet().stream().map((call) -> Arguments.of(call.getKey(), call.getValue()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("iamAuthorizedOperations")
	void adminOperationWhenUnsignedThenMissingAuthenticationTokenAndNothingDone(String name,
			Consumer<CognitoIdentityProviderClient> call) {
		assertThatThrownBy(() -> call.accept(unsigned)).isInstanceOfSatisfying(CognitoIdentityProviderException.class,
				(ex) -> {
					assertThat(ex.statusCode()).isEqualTo(403);
					assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("MissingAuthenticationTokenException");
					assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Missing Authentication Token");
				});
		assertThat(client.cognito
			.listUsers((request) -> request.userPoolId(pool).filter("phone_number ^= \"+1415555990\""))
			.users()).isEmpty();
		assertThat(client.cognito.listGroups((request) -> request.userPoolId(pool)).groups())
			.noneMatch((group) -> group.groupName().equals("unsigned"));
	}

	@Test
	void publicOperationsWhenUnsignedThenServed() {
		String phone = phone();
		String sub = unsigned
			.signUp((request) -> request.clientId(cognito.pool().clientId())
				.secretHash(client.secretHash(phone))
				.username(phone)
				.password(PoolClient.password())
				.userAttributes(attribute("name", "Ada Lovelace")))
			.userSub();
		AuthenticationResultType tokens = client.signIn(phone);
		assertThat(unsigned.getUser((request) -> request.accessToken(tokens.accessToken())).username()).isEqualTo(sub);
	}

	@Test
	void adminCreateUserWhenSuppressedThenForceChangePasswordAndNoSms() {
		String phone = phone();
		UserType user = invite(phone, MessageActionType.SUPPRESS);
		assertThat(user.username()).matches("[0-9a-f-]{36}");
		assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
		assertThat(user.enabled()).isTrue();
		assertThat(user.userCreateDate()).isNotNull();
		assertThat(user.userLastModifiedDate()).isNotNull();
		assertThat(user.attributes()).extracting(AttributeType::name, AttributeType::value)
			.contains(org.assertj.core.groups.Tuple.tuple("sub", user.username()),
					org.assertj.core.groups.Tuple.tuple("phone_number", phone),
					org.assertj.core.groups.Tuple.tuple("name", "Grace Hopper"),
					org.assertj.core.groups.Tuple.tuple("phone_number_verified", "true"));
		assertThat(cognito.outbox().messages(phone)).isEmpty();
		assertThat(get(phone).username()).isEqualTo(user.username());
	}

	@Test
	void adminCreateUserWhenNoMessageActionThenAnInvitationWithATemporaryPasswordIsSent() {
		String phone = phone();
		invite(phone, null);
		assertThat(cognito.outbox().messages(phone)).singleElement()
			.satisfies((sms) -> assertThat(sms.message())
				.matches("Your username is \\" + phone + " and temporary password is \\S{16,}\\."));
	}

	@Test
	void adminCreateUserWhenResendThenTheInvitationIsSentAgain() {
		String phone = phone();
		invite(phone, MessageActionType.SUPPRESS);
		client.cognito.adminCreateUser(
				(request) -> request.userPoolId(pool).username(phone).messageAction(MessageActionType.RESEND));
		assertThat(cognito.outbox().messages(phone)).hasSize(1);
	}

	@Test
	void adminCreateUserWhenTheNumberIsTakenThenUsernameExists() {
		String phone = phone();
		client.signUp(phone, "Ada Lovelace");
		assertThatThrownBy(() -> invite(phone, MessageActionType.SUPPRESS)).isInstanceOf(UsernameExistsException.class);
	}

	@Test
	void adminCreateUserWhenTheNumberIsMalformedThenInvalidParameter() {
		assertThatThrownBy(() -> invite("0415 555 0100", MessageActionType.SUPPRESS))
			.isInstanceOf(InvalidParameterException.class);
	}

	@Test
	void adminSetUserPasswordWhenPermanentThenConfirmedAndWhenTemporaryThenForceChangePassword() {
		String phone = phone();
		invite(phone, MessageActionType.SUPPRESS);
		permanentPassword(phone);
		assertThat(get(phone).userStatus()).isEqualTo(UserStatusType.CONFIRMED);
		client.cognito.adminSetUserPassword(
				(request) -> request.userPoolId(pool).username(phone).password(PoolClient.password()).permanent(false));
		assertThat(get(phone).userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
	}

	@Test
	void adminSetUserPasswordWhenThePolicyIsNotMetThenInvalidPasswordAndTheStatusIsKept() {
		String phone = phone();
		invite(phone, MessageActionType.SUPPRESS);
		assertThatThrownBy(() -> client.cognito.adminSetUserPassword(
				(request) -> request.userPoolId(pool).username(phone).password("short").permanent(true)))
			.isInstanceOf(InvalidPasswordException.class);
		assertThat(get(phone).userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
	}

	@Test
	void signInWhenAdminCreatedWithAPermanentPasswordThenTokensAfterTheCodeAndNoOtherChallenge() {
		String phone = phone();
		invite(phone, MessageActionType.SUPPRESS);
		permanentPassword(phone);
		InitiateAuthResponse started = client.start(phone);
		assertThat(started.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
		RespondToAuthChallengeResponse answered = client.answer(started.session(),
				started.challengeParameters().get("USERNAME"), client.latestCode(phone));
		assertThat(answered.challengeName()).isNull();
		assertThat(answered.authenticationResult().accessToken()).isNotBlank();
	}

	@Test
	void signInWhenForceChangePasswordThenNewPasswordRequiredAfterTheCodeAndTokensOnceSet() {
		String phone = phone();
		String sub = invite(phone, MessageActionType.SUPPRESS).username();
		InitiateAuthResponse started = client.start(phone);
		assertThat(started.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
		RespondToAuthChallengeResponse answered = client.answer(started.session(), sub, client.latestCode(phone));
		assertThat(answered.authenticationResult()).isNull();
		assertThat(answered.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
		assertThat(answered.challengeParameters()).containsEntry("USER_ID_FOR_SRP", sub)
			.containsEntry("requiredAttributes", "[]")
			.hasEntrySatisfying("userAttributes", (attributes) -> assertThat(attributes).contains(phone));
		assertThat(get(phone).userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);

		RespondToAuthChallengeResponse set = client.cognito
			.respondToAuthChallenge((request) -> request.clientId(cognito.pool().clientId())
				.challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
				.session(answered.session())
				.challengeResponses(Map.of("USERNAME", sub, "NEW_PASSWORD", PoolClient.password(), "SECRET_HASH",
						client.secretHash(sub))));
		assertThat(set.authenticationResult().accessToken()).isNotBlank();
		assertThat(get(phone).userStatus()).isEqualTo(UserStatusType.CONFIRMED);
	}

	@Test
	void signInWhenDisabledThenUserIsDisabledNoSmsAndEnablingRestoresIt() {
		String phone = phone();
		client.signUp(phone, "Ada Lovelace");
		AuthenticationResultType before = client.signIn(phone);
		String sub = get(phone).username();
		cognito.outbox().clear();

		client.cognito.adminDisableUser((request) -> request.userPoolId(pool).username(phone));

		assertThatThrownBy(() -> client.start(phone)).isInstanceOfSatisfying(NotAuthorizedException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("User is disabled."));
		assertThat(cognito.outbox().messages(phone)).as("no trigger ran, no SMS").isEmpty();
		assertThatThrownBy(() -> client.refresh(before.refreshToken(), sub)).isInstanceOf(NotAuthorizedException.class);
		assertThatThrownBy(() -> client.cognito.getUser((request) -> request.accessToken(before.accessToken())))
			.isInstanceOfSatisfying(NotAuthorizedException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Access Token has been revoked"));
		assertThat(get(phone).enabled()).isFalse();

		client.cognito.adminEnableUser((request) -> request.userPoolId(pool).username(phone));

		assertThat(get(phone).enabled()).isTrue();
		assertThat(client.signIn(phone).accessToken()).isNotBlank();
	}

	@Test
	void listUsersWhenFilteredByStatusThenEnabledOrDisabledUsers() {
		String enabled = phone();
		String disabled = phone();
		invite(enabled, MessageActionType.SUPPRESS);
		invite(disabled, MessageActionType.SUPPRESS);
		client.cognito.adminDisableUser((request) -> request.userPoolId(pool).username(disabled));
		assertThat(phones("status = \"Disabled\"")).contains(disabled).doesNotContain(enabled);
		assertThat(phones("status = \"Enabled\"")).contains(enabled).doesNotContain(disabled);
		assertThat(phones("status = \"disabled\"")).as("case-sensitive").isEmpty();
	}

	@Test
	void listUsersInGroupWhenPagedThenEveryMemberOnceInOrderAndNotOthers() {
		client.cognito.createGroup((request) -> request.userPoolId(pool).groupName("portal-admins"));
		List<String> members = Stream.generate(AdminUsersIT::phone).limit(5).toList();
		invite(phone(), MessageActionType.SUPPRESS);
		for (String member : members) {
			invite(member, MessageActionType.SUPPRESS);
			client.cognito
				.adminAddUserToGroup((request) -> request.userPoolId(pool).username(member).groupName("portal-admins"));
		}
		List<String> paged = new java.util.ArrayList<>();
		String token = null;
		do {
			String page = token;
			ListUsersInGroupResponse response = client.cognito.listUsersInGroup(
					(request) -> request.userPoolId(pool).groupName("portal-admins").limit(2).nextToken(page));
			assertThat(response.users()).hasSizeLessThanOrEqualTo(2);
			response.users().forEach((user) -> paged.add(phone(user)));
			token = response.nextToken();
		}
		while (token != null);
		assertThat(paged).containsExactlyElementsOf(members);
	}

	@Test
	void listUsersInGroupWhenLimitIsOver60ThenInvalidParameter() {
		assertThatThrownBy(() -> client.cognito
			.listUsersInGroup((request) -> request.userPoolId(pool).groupName("portal-admins").limit(61)))
			.isInstanceOf(InvalidParameterException.class);
	}

	@Test
	void listGroupsWhenPagedThenEveryGroupOnceByName() {
		for (String name : List.of("zeta", "alpha", "mid")) {
			client.cognito.createGroup((request) -> request.userPoolId(pool).groupName("list-" + name));
		}
		List<String> names = new java.util.ArrayList<>();
		String token = null;
		do {
			String page = token;
			ListGroupsResponse response = client.cognito
				.listGroups((request) -> request.userPoolId(pool).limit(1).nextToken(page));
			response.groups().forEach((group) -> names.add(group.groupName()));
			token = response.nextToken();
		}
		while (token != null);
		assertThat(names.stream().filter((name) -> name.startsWith("list-"))).containsExactly("list-alpha", "list-mid",
				"list-zeta");
	}

	private static List<String> phones(String filter) {
		return client.cognito.listUsers((request) -> request.userPoolId(pool).filter(filter))
			.users()
			.stream()
			.map(AdminUsersIT::phone)
			.toList();
	}

	private static String phone(UserType user) {
		return user.attributes()
			.stream()
			.filter((attribute) -> attribute.name().equals("phone_number"))
			.map(AttributeType::value)
			.findFirst()
			.orElseThrow();
	}

}
