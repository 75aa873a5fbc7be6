package dev.passwordless.triggers.challenge;

import dev.passwordless.rules.MovableClock;

class InMemoryIssuedStepStoreTest extends IssuedStepStoreContract {

	private final InMemoryIssuedStepStore store = new InMemoryIssuedStepStore(new MovableClock());

	@Override
	protected IssuedStepStore store() {
		return this.store;
	}

}
