package dev.passwordless.local.store;

import java.time.Instant;

/**
 * A group of the pool.
 *
 * @param name the group name
 * @param description optional description
 * @param precedence optional precedence (lower first)
 * @param created when the group was created
 * @param modified when the group last changed
 */
public record Group(String name, String description, Integer precedence, Instant created, Instant modified) {
}
