package dev.passwordless.triggers.challenge;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import dev.passwordless.rules.SendLimitStore;

/**
 * {@link PendingNumberChanges} in this process's memory, for a host that runs every
 * trigger in its own process (the local Cognito). Its Pre authentication and Create
 * handlers are built apart and share only the pool's send-limits store, so there is one
 * of these per store ({@link #of}).
 */
public final class InMemoryPendingNumberChanges implements PendingNumberChanges {

	private static final Map<SendLimitStore, InMemoryPendingNumberChanges> BY_STORE = Collections
		.synchronizedMap(new WeakHashMap<>());

	private record Offer(String newPhoneNumber, Instant until) {
	}

	private final Map<String, Offer> offers = new ConcurrentHashMap<>();

	/** The pending changes of the pool whose send limits {@code store} keeps. */
	public static InMemoryPendingNumberChanges of(SendLimitStore store) {
		return BY_STORE.computeIfAbsent(store, (forStore) -> new InMemoryPendingNumberChanges());
	}

	@Override
	public void offer(String key, String newPhoneNumber, Instant until) {
		this.offers.values().removeIf((offer) -> offer.until().isBefore(until.minus(LIFETIME)));
		this.offers.put(key, new Offer(newPhoneNumber, until));
	}

	@Override
	public Optional<String> find(String key, Instant now) {
		return Optional.ofNullable(this.offers.get(key))
			.filter((offer) -> now.isBefore(offer.until()))
			.map(Offer::newPhoneNumber);
	}

}
