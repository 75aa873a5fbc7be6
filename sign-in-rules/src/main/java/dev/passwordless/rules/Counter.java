package dev.passwordless.rules;

import java.time.Instant;

/**
 * A counter that may grow only up to a limit, e.g. the pool's SMS budget for one day, as
 * {@link SendLimitStore#replaceCounted} writes it together with a send history.
 *
 * @param key the counter's key
 * @param limit the highest value the counter may reach
 * @param expiresAt when the counter can be deleted
 */
public record Counter(String key, long limit, Instant expiresAt) {
}
