package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The browsers a person stays signed in on (their "stay signed in" records), for "Your
 * account": each with what it said it is, when it was first signed in and last used; and
 * "Sign out this device" for one of them: its refresh token is revoked at Cognito, its
 * record goes, and a session tied to it ends at its next request on any instance (each
 * instance looks at most every {@value #CACHE_SECONDS} seconds per device).
 */
public class Devices {

	/**
	 * As long as a user's sign-out moment: a session ends at the same pace either way.
	 */
	static final int CACHE_SECONDS = SignOutsEverywhere.CACHE_SECONDS;

	private static final Logger log = LoggerFactory.getLogger(Devices.class);

	private static final int MAX_CACHED = 10_000;

	private final RememberMeRecords records;

	private final RefreshedSignIn cognito;

	private final Clock clock;

	private final Map<String, Instant> seenAt = new ConcurrentHashMap<>();

	Devices(RememberMeRecords records, RefreshedSignIn cognito, Clock clock) {
		this.records = records;
		this.cognito = cognito;
		this.clock = clock;
	}

	/**
	 * A browser that stays signed in.
	 *
	 * @param id its series, which "Sign out this device" names
	 * @param userAgent what it said it is, null for records older than this list
	 * @param firstSignedIn when it was signed in with a code, null for older records
	 * @param lastUsed when "stay signed in" last signed it in
	 * @param current whether it is the browser asking
	 */
	public record Device(String id, String userAgent, Instant firstSignedIn, Instant lastUsed, boolean current) {
	}

	/**
	 * The user's browsers that stay signed in, most recently used first.
	 * @param username the user's Cognito user name
	 * @param currentDevice the series of the asking session ({@link SessionKeys#DEVICE}),
	 * or null
	 */
	public List<Device> of(String username, String currentDevice) {
		return this.records.ofUser(username, this.clock.instant())
			.stream()
			.map((listed) -> new Device(listed.series(), listed.userAgent(), listed.firstSignedIn(), listed.lastUsed(),
					listed.series().equals(currentDevice)))
			.toList();
	}

	/**
	 * Signs one of the user's browsers out: Cognito revokes its refresh token (and the
	 * access tokens made from it), its record goes, and its open session ends.
	 * @return false when the user has no such device (nothing changed)
	 */
	public boolean signOut(String username, String device) {
		return this.records.refreshTokenOf(username, device).map((refreshToken) -> {
			this.cognito.revoke(refreshToken);
			this.records.remove(device);
			this.seenAt.remove(device);
			return true;
		}).orElse(false);
	}

	/**
	 * Whether a session tied to a device may go on: its record is there. A database that
	 * cannot be read leaves sessions as they are.
	 */
	boolean stillSignedIn(String device) {
		Instant now = this.clock.instant();
		Instant seen = this.seenAt.get(device);
		if (seen != null && now.isBefore(seen.plusSeconds(CACHE_SECONDS))) {
			return true;
		}
		boolean there;
		try {
			there = this.records.exists(device);
		}
		catch (DataAccessException ex) {
			log.warn("Whether a device is still signed in could not be read: {}", ex.getClass().getSimpleName());
			return true;
		}
		if (there) {
			if (this.seenAt.size() >= MAX_CACHED) {
				this.seenAt.clear();
			}
			this.seenAt.put(device, now);
		}
		return there;
	}

}
