package dev.passwordless.triggers.challenge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link IssuedStepStore} keeps: a record read as written, and writes that are
 * a compare-and-set, so that of several calls for one step only one writes.
 */
public abstract class IssuedStepStoreContract {

	private static final Instant ISSUED = Instant.parse("2026-11-25T10:00:00.123Z");

	protected abstract IssuedStepStore store();

	@Test
	void findWhenNothingIsKeptThenEmpty() {
		assertThat(store().find(key())).isEmpty();
	}

	@Test
	void replaceWhenAbsentThenTheRecordIsReadAsWritten() {
		String key = key();
		IssuedStep kept = new IssuedStep(1, "CODE2:1764065100:c2FsdA:aGFzaA", List.of(ISSUED));
		assertThat(store().replace(key, Optional.empty(), kept)).isTrue();
		assertThat(store().find(key)).contains(kept);
		IssuedStep closed = new IssuedStep(2, null, List.of(ISSUED, ISSUED.plusSeconds(5)));
		assertThat(store().replace(key, Optional.of(kept), closed)).isTrue();
		assertThat(store().find(key)).contains(closed);
	}

	@Test
	void replaceWhenAnotherWriteCameFirstThenWritesNothing() {
		String key = key();
		IssuedStep first = new IssuedStep(1, null, List.of(ISSUED));
		store().replace(key, Optional.empty(), first);
		assertThat(store().replace(key, Optional.empty(), new IssuedStep(1, "CODE2:x", List.of(ISSUED)))).isFalse();
		IssuedStep second = new IssuedStep(2, null, List.of(ISSUED.plusSeconds(1)));
		store().replace(key, Optional.of(first), second);
		assertThat(store().replace(key, Optional.of(first), new IssuedStep(2, "CODE2:y", List.of(ISSUED)))).isFalse();
		assertThat(store().find(key)).contains(second);
	}

	@Test
	void replaceWhenManyCallsForOneStepWriteAtOnceThenExactlyOneWins() throws Exception {
		String key = key();
		IssuedStep kept = new IssuedStep(1, "CODE2:k", List.of(ISSUED));
		store().replace(key, Optional.empty(), kept);
		ExecutorService callers = Executors.newFixedThreadPool(16);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Boolean>> writes = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				IssuedStep next = new IssuedStep(2, "CODE2:k", List.of(ISSUED, ISSUED.plusMillis(i + 1)));
				writes.add(callers.submit(() -> {
					go.await();
					return store().replace(key, Optional.of(kept), next);
				}));
			}
			go.countDown();
			int won = 0;
			for (Future<Boolean> write : writes) {
				won += write.get() ? 1 : 0;
			}
			assertThat(won).isOne();
		}
		finally {
			callers.shutdownNow();
		}
	}

	private static String key() {
		return "s#test-" + UUID.randomUUID();
	}

}
