package dev.passwordless.local.store;

import java.time.Clock;

import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimitStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The local pool's own send-limits store meets the same contract as DynamoDB's. */
class EmbeddedSendLimitStoreTest extends SendLimitStoreContract {

	private final Database database = new Database(null);

	private final EmbeddedSendLimitStore store = new EmbeddedSendLimitStore(this.database, Clock.systemUTC());

	@Override
	protected SendLimitStore store() {
		return this.store;
	}

	@AfterEach
	void close() {
		this.database.close();
	}

}
