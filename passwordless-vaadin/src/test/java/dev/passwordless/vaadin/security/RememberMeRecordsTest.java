package dev.passwordless.vaadin.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.vaadin.store.InMemoryDatabase;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The remember-me records on H2 in PostgreSQL mode: what is kept at rest, the rotation
 * that two requests with one cookie race for, and a key that no longer fits.
 */
class RememberMeRecordsTest {

	private static final MasterKey KEY = MasterKey.resolve("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", false,
			Optional.empty());

	private static final MasterKey OTHER_KEY = MasterKey.resolve("HxwdHhsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=", false,
			Optional.empty());

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	private static InMemoryDatabase pool;

	private static PasswordlessDatabase database;

	@BeforeAll
	static void database() {
		pool = InMemoryDatabase.open("remember");
		database = pool.database();
	}

	@AfterAll
	static void close() {
		pool.close();
	}

	@Test
	void createWhenStoredThenNeitherTheTokenNorTheRefreshTokenIsInTheTable() {
		RememberMeRecords records = new RememberMeRecords(database, KEY);
		records.create("series-at-rest", "user-1", "the-cookie-token", NOW, NOW.plusSeconds(60), "the-refresh-token",
				"Mozilla/5.0");
		Map<String, Object> row = database.jdbc()
			.queryForMap("select * from passwordless_remember_me where series = 'series-at-rest'");
		assertThat(row.values()).map(String::valueOf)
			.noneMatch((value) -> value.contains("the-cookie-token") || value.contains("the-refresh-token"));
		assertThat(records.find("series-at-rest")).get()
			.extracting(RememberMeRecords.Stored::refreshToken)
			.isEqualTo("the-refresh-token");
	}

	@Test
	void rotateWhenTwoRequestsPresentTheSameTokenThenOnlyTheFirstRotatesAndTheSecondIsNoTheft() {
		RememberMeRecords records = new RememberMeRecords(database, KEY);
		records.create("series-race", "user-2", "token-1", NOW, NOW.plusSeconds(60), "refresh", null);
		assertThat(records.rotate("series-race", "token-1", "token-2a", NOW)).isTrue();
		assertThat(records.rotate("series-race", "token-1", "token-2b", NOW)).isFalse();
		assertThat(records.presented("series-race", "token-2a", NOW)).isEqualTo(PresentedToken.CURRENT);
		assertThat(records.presented("series-race", "token-2b", NOW)).isEqualTo(PresentedToken.STALE);
	}

	@Test
	void presentedWhenTheReplacedTokenComesBackThenJustReplacedUntilTheGraceEndsAndStaleAfter() {
		RememberMeRecords records = new RememberMeRecords(database, KEY);
		records.create("series-grace", "user-6", "token-1", NOW, NOW.plusSeconds(600), "refresh", null);
		assertThat(records.presented("series-grace", "token-1", NOW)).isEqualTo(PresentedToken.CURRENT);
		records.rotate("series-grace", "token-1", "token-2", NOW.plusSeconds(5));

		assertThat(records.presented("series-grace", "token-1", NOW.plusSeconds(5)))
			.isEqualTo(PresentedToken.JUST_REPLACED);
		assertThat(records.presented("series-grace", "token-1", NOW.plusSeconds(6)))
			.as("grace counted from an instant after the rotation")
			.isEqualTo(PresentedToken.STALE);
		assertThat(records.presented("series-no-record", "token-1", NOW)).isEqualTo(PresentedToken.STALE);
	}

	@Test
	void findWhenTheKeyChangedThenTheRecordIsUnreadableRatherThanAnError() {
		new RememberMeRecords(database, KEY).create("series-key", "user-3", "token", NOW, NOW.plusSeconds(60),
				"refresh", null);
		assertThatThrownBy(() -> new RememberMeRecords(database, OTHER_KEY).find("series-key"))
			.isInstanceOf(RememberMeRecords.Unreadable.class);
	}

	@Test
	void ofUserWhenTheUserStaysSignedInOnTwoBrowsersThenBothWithWhatTheySaidTheyAreMostRecentFirst() {
		RememberMeRecords records = new RememberMeRecords(database, KEY);
		records.create("series-phone", "user-4", "t1", NOW, NOW.plusSeconds(600), "r1", "a phone's browser");
		records.create("series-laptop", "user-4", "t2", NOW.plusSeconds(10), NOW.plusSeconds(600), "r2",
				"x".repeat(500));
		records.create("series-other", "user-5", "t3", NOW, NOW.plusSeconds(600), "r3", "someone else's");

		assertThat(records.ofUser("user-4", NOW.plusSeconds(20)))
			.extracting(RememberMeRecords.Listed::series, RememberMeRecords.Listed::firstSignedIn)
			.containsExactly(tuple("series-laptop", NOW.plusSeconds(10)), tuple("series-phone", NOW));
		assertThat(records.ofUser("user-4", NOW.plusSeconds(20)).getFirst().userAgent())
			.hasSize(RememberMeRecords.USER_AGENT_LENGTH);
		assertThat(records.ofUser("user-4", NOW.plusSeconds(601))).as("ended records are not listed").isEmpty();
	}

	@Test
	void refreshTokenOfWhenTheSeriesIsAnotherUsersThenNothing() {
		RememberMeRecords records = new RememberMeRecords(database, KEY);
		records.create("series-mine", "user-6", "t", NOW, NOW.plusSeconds(60), "my-refresh", null);

		assertThat(records.refreshTokenOf("user-6", "series-mine")).contains("my-refresh");
		assertThat(records.refreshTokenOf("user-7", "series-mine")).isEmpty();
		assertThat(records.exists("series-mine")).isTrue();
		records.remove("series-mine");
		assertThat(records.exists("series-mine")).isFalse();
	}

}
