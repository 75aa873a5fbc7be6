package dev.passwordless.vaadin.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Which audit rows to show, every part optional.
 *
 * @param user a user's sub (as principal or as actor), or digits of a number (matched
 * against the masked number's last digits)
 * @param kind the kind
 * @param from the earliest time (inclusive)
 * @param to the latest time (exclusive)
 */
public record AuditQuery(Optional<String> user, Optional<AuditKind> kind, Optional<Instant> from,
		Optional<Instant> to) {

	/** Every row. */
	public static AuditQuery all() {
		return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

}
