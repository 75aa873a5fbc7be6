package dev.passwordless.local.store;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving a user's phone alias: the unique index decides who has a number. */
class UserStoreTest {

	private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	private final Database database = new Database(null);

	private final UserStore users = new UserStore(this.database, new ObjectMapper());

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void updateAttributesWhenTheNumberIsFreeThenTheAliasMovesWithTheUser() {
		this.users.insert(user("a", "+14155550101"));
		assertThat(this.users.updateAttributes("a", attributes("a", "+14155550177"), NOW)).isTrue();
		assertThat(this.users.find("+14155550177")).map(User::username).contains("a");
		assertThat(this.users.find("+14155550101")).isEmpty();
	}

	@Test
	void updateAttributesWhenAnotherUserHasTheNumberThenFalseAndNothingChanges() {
		this.users.insert(user("a", "+14155550101"));
		this.users.insert(user("b", "+14155550102"));
		assertThat(this.users.updateAttributes("a", attributes("a", "+14155550102"), NOW)).isFalse();
		assertThat(this.users.find("+14155550101")).map(User::username).contains("a");
		assertThat(this.users.find("+14155550102")).map(User::username).contains("b");
		assertThat(this.users.find("a").orElseThrow().attributes()).containsEntry("phone_number", "+14155550101");
	}

	private static User user(String username, String phone) {
		return new User(username, phone, attributes(username, phone), "CONFIRMED", true, NOW, NOW);
	}

	private static Map<String, String> attributes(String username, String phone) {
		return Map.of("sub", username, "phone_number", phone, "phone_number_verified", "true");
	}

}
