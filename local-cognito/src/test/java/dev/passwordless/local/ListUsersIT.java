package dev.passwordless.local;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ListUsers' filters and pages through the real SDK, with names holding the characters
 * that mean something to SQL's LIKE or to JSON. No Pre sign-up trigger here, so any name
 * is taken.
 */
class ListUsersIT {

	private static final String[][] USERS = { { "+14155550101", "Ada Lovelace" }, { "+14155550102", "Ada_Byron" },
			{ "+14155550103", "Ada%Augusta" }, { "+14155550104", "Quote \"Ada\"" }, { "+14155550105", "Back\\slash" },
			{ "+14155550201", "Charles Babbage" }, { "+14155550202", "\"name\":\"Ada" } };

	private static LocalCognito cognito;

	private static PoolClient client;

	@BeforeAll
	static void start() {
		cognito = LocalCognito
			.start(LocalCognitoConfig.inMemory().echoSms(false).triggerHandler("PreSignUp", "").build());
		client = new PoolClient(cognito.pool());
		for (String[] user : USERS) {
			client.signUp(user[0], user[1]);
		}
	}

	@AfterAll
	static void stop() {
		cognito.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					name = "Ada Lovelace"                | Ada Lovelace
					name ^= "Ada"                        | Ada Lovelace ; Ada_Byron ; Ada%Augusta
					name ^= "Ada_"                       | Ada_Byron
					name ^= "Ada%"                       | Ada%Augusta
					name ^= "Quote \\"Ada"               | Quote "Ada"
					name = "Back\\\\slash"               | Back\\slash
					name ^= "\\"name\\":"                | "name":"Ada
					name = "Ada"                         | -
					name ^= "ada"                        | -
					phone_number = "+14155550102"        | Ada_Byron
					phone_number ^= "+1415555020"        | Charles Babbage ; "name":"Ada
					phone_number ^= "+1415555_"          | -
					cognito:user_status = "UNCONFIRMED"  | Ada Lovelace ; Ada_Byron ; Ada%Augusta ; Quote "Ada" ; Back\\slash ; Charles Babbage ; "name":"Ada
					""")
	void listUsersWhenFilteredThenExactlyTheMatchingUsersInSignUpOrder(String filter, String names) {
		List<String> expected = names.equals("-") ? List.of() : List.of(names.split(" ; "));
		assertThat(names(
				client.cognito.listUsers((request) -> request.userPoolId(cognito.pool().userPoolId()).filter(filter))
					.users()))
			.containsExactlyElementsOf(expected);
	}

	@Test
	void listUsersWhenFilteredBySubThenThatUser() {
		String sub = client.cognito
			.adminGetUser((request) -> request.userPoolId(cognito.pool().userPoolId()).username("+14155550201"))
			.username();
		assertThat(names(client.cognito
			.listUsers((request) -> request.userPoolId(cognito.pool().userPoolId()).filter("sub = \"" + sub + "\""))
			.users())).containsExactly("Charles Babbage");
	}

	@Test
	void listUsersWhenPagedThenEveryMatchingUserOnceInOrder() {
		for (String filter : new String[] { null, "phone_number ^= \"+1415555\"", "name ^= \"A\"" }) {
			List<String> all = names(client.cognito
				.listUsers((request) -> request.userPoolId(cognito.pool().userPoolId()).filter(filter))
				.users());
			List<String> paged = new ArrayList<>();
			String token = null;
			do {
				String page = token;
				ListUsersResponse response = client.cognito
					.listUsers((request) -> request.userPoolId(cognito.pool().userPoolId())
						.filter(filter)
						.limit(2)
						.paginationToken(page));
				assertThat(response.users()).hasSizeLessThanOrEqualTo(2);
				paged.addAll(names(response.users()));
				token = response.paginationToken();
			}
			while (token != null);
			assertThat(paged).as(String.valueOf(filter)).isEqualTo(all).isNotEmpty();
		}
	}

	private static List<String> names(List<UserType> users) {
		return users.stream()
			.map((user) -> user.attributes()
				.stream()
				.filter((attribute) -> attribute.name().equals("name"))
				.map(AttributeType::value)
				.findFirst()
				.orElseThrow())
			.toList();
	}

}
