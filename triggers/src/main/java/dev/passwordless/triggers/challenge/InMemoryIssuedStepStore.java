package dev.passwordless.triggers.challenge;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An {@link IssuedStepStore} in this process's memory, with the same compare-and-set
 * semantics as the table: for a host that runs the handlers in its own process (the local
 * Cognito, whose retries reach the same handler) and for tests. Records live for seconds;
 * past {@value #PRUNE_ABOVE} of them the expired ones are dropped.
 */
public final class InMemoryIssuedStepStore implements IssuedStepStore {

	private static final int PRUNE_ABOVE = 10_000;

	private final Map<String, IssuedStep> steps = new ConcurrentHashMap<>();

	private final Clock clock;

	/**
	 * @param clock the time the records expire by
	 */
	public InMemoryIssuedStepStore(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Optional<IssuedStep> find(String key) {
		return Optional.ofNullable(this.steps.get(key));
	}

	@Override
	public boolean replace(String key, Optional<IssuedStep> expected, IssuedStep next) {
		if (this.steps.size() > PRUNE_ABOVE) {
			this.steps.values().removeIf((step) -> step.expiresAt().isBefore(this.clock.instant()));
		}
		AtomicBoolean written = new AtomicBoolean();
		this.steps.compute(key, (k, current) -> {
			boolean same = (current == null) ? expected.isEmpty()
					: expected.filter((read) -> read.version() == current.version()).isPresent();
			written.set(same);
			return same ? next : current;
		});
		return written.get();
	}

}
