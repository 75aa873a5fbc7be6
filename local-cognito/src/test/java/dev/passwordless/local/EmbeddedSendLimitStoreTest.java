package dev.passwordless.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimitStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The local pool's own send-limits store meets the same contract as DynamoDB's. */
class EmbeddedSendLimitStoreTest extends SendLimitStoreContract {

	private final UserStore database = new UserStore(null, new ObjectMapper());

	private final EmbeddedSendLimitStore store = new EmbeddedSendLimitStore(this.database);

	@Override
	protected SendLimitStore store() {
		return this.store;
	}

	@AfterEach
	void close() {
		this.database.close();
	}

}
