package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.passwordless.vaadin.store.PasswordlessDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When each user last signed in, in the sign-in's database (by Cognito user name, no
 * number). Recorded at every way in ({@link SignOutsEverywhere#signIn}); a database that
 * cannot be written leaves the sign-in as it is.
 */
public class LastSignIns {

	private static final Logger log = LoggerFactory.getLogger(LastSignIns.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public LastSignIns(PasswordlessDatabase database, Clock clock) {
		this.jdbc = database.jdbc();
		this.clock = clock;
	}

	/** Notes that the user signed in now. */
	void record(String username) {
		long now = this.clock.millis();
		try {
			if (this.jdbc.update("update passwordless_last_sign_in set signed_in_at = ? where username = ?", now,
					username) == 0) {
				this.jdbc.update("insert into passwordless_last_sign_in (username, signed_in_at) values (?, ?)",
						username, now);
			}
		}
		catch (DuplicateKeyException ex) {
			// another instance recorded the same moment's sign-in
		}
		catch (DataAccessException ex) {
			log.warn("The last sign-in could not be recorded: {}", ex.getClass().getSimpleName());
		}
	}

	/** When the user last signed in, if this sign-in has seen them before. */
	public Optional<Instant> of(String username) {
		List<Long> at = this.jdbc.queryForList("select signed_in_at from passwordless_last_sign_in where username = ?",
				Long.class, username);
		return at.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at.getFirst()));
	}

}
