package dev.passwordless.triggers;

import java.time.Clock;

class InMemorySendLimitStoreTest extends SendLimitStoreContract {

	private final InMemorySendLimitStore store = new InMemorySendLimitStore(Clock.systemUTC());

	@Override
	protected SendLimitStore store() {
		return this.store;
	}

}
