package dev.passwordless.local.auth;

import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import dev.passwordless.local.store.Database;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.SigningKeyStore;
import dev.passwordless.local.store.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokensTest {

	private static final Tokens.Validity HOUR = new Tokens.Validity(Duration.ofHours(1), Duration.ofHours(1),
			Duration.ofDays(30));

	private static final User USER = new User("a1b2", "+12025550100", Map.of("phone_number", "+12025550100"),
			"CONFIRMED", true, Instant.EPOCH, Instant.EPOCH);

	@Test
	void keysWhenAFreshPoolStartsThenNoneIsMadeUntilASignInNeedsThem() {
		try (Database database = new Database(null)) {
			SigningKeyStore keys = new SigningKeyStore(database);
			Tokens tokens = tokens(database, keys);
			tokens.awaitKeys();
			assertThat(tokens.keysReady()).isFalse();
			assertThat(keys.find("id")).isEmpty();
			assertThat(keys.find("access")).isEmpty();
			IssuedTokens issued = tokens.signIn(USER, List.of(), "client");
			assertThat(tokens.verifyAccessToken(issued.accessToken()).getSubject()).isEqualTo("a1b2");
			assertThat(keys.find("id")).isPresent();
			assertThat(keys.find("access")).isPresent();
		}
	}

	@Test
	void keysWhenPreparedThenMadeAndKeptWithoutASignIn() {
		try (Database database = new Database(null)) {
			SigningKeyStore keys = new SigningKeyStore(database);
			Tokens tokens = tokens(database, keys);
			tokens.prepareKeys();
			tokens.awaitKeys();
			assertThat(tokens.keysReady()).isTrue();
			assertThat(keys.find("id")).isPresent();
			assertThat(keys.find("access")).isPresent();
		}
	}

	@Test
	void keysWhenKeptThenLoadedAtStartAndTheSameSignAgain(@TempDir Path data) throws Exception {
		String kid;
		try (Database database = new Database(data)) {
			Tokens tokens = tokens(database, new SigningKeyStore(database));
			kid = SignedJWT.parse(tokens.signIn(USER, List.of(), "client").idToken()).getHeader().getKeyID();
		}
		try (Database database = new Database(data)) {
			Tokens tokens = tokens(database, new SigningKeyStore(database));
			tokens.awaitKeys();
			assertThat(tokens.keysReady()).isTrue();
			assertThat(SignedJWT.parse(tokens.signIn(USER, List.of(), "client").idToken()).getHeader().getKeyID())
				.isEqualTo(kid);
		}
	}

	@Test
	void keysWhenAKeptKeyCannotBeReadThenWaitingForThemFails() {
		try (Database database = new Database(null)) {
			SigningKeyStore keys = new SigningKeyStore(database);
			keys.findOrCreate("id", () -> "not a key");
			Tokens tokens = tokens(database, keys);
			assertThatThrownBy(tokens::awaitKeys).isInstanceOf(IllegalStateException.class)
				.hasMessage("Cannot load the id signing key")
				.hasRootCauseInstanceOf(ParseException.class);
		}
	}

	private static Tokens tokens(Database database, SigningKeyStore keys) {
		return new Tokens(HOUR, "http://127.0.0.1/pool", keys, new RefreshTokenStore(database), Clock.systemUTC());
	}

}
