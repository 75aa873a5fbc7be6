package dev.passwordless.vaadin.login;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.passwordless.rules.MovableClock;
import dev.passwordless.testing.postgres.PostgresServer;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.security.MasterKey;
import dev.passwordless.vaadin.store.JdbcSendLimitStore;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances, each with its own connection pool and its own limits, on one real
 * PostgreSQL: the limits are one.
 */
class SharedSignInRateLimitsPostgresIT {

	@RegisterExtension
	static final PostgresServer POSTGRES = new PostgresServer();

	private static final MasterKey KEY = MasterKey.resolve("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", false,
			Optional.empty());

	private static SignInRateLimits first;

	private static SignInRateLimits second;

	@BeforeAll
	static void twoInstances() {
		first = instance();
		second = instance();
	}

	private static SignInRateLimits instance() {
		// a clock that stands still, one minute into a ten-minute window
		Clock clock = MovableClock.stoppedAt(Instant.ofEpochSecond(Instant.now().getEpochSecond() / 600 * 600 + 60));
		return new SharedSignInRateLimits(LimitsProperties.defaults(),
				new JdbcSendLimitStore(PasswordlessDatabase.migrated(POSTGRES.newPool(10)), clock), KEY, clock);
	}

	@Test
	void sendToWhenHundredRequestsForOneNumberAreSpreadOverTwoInstancesThenExactlyOneCodeIsSent() throws Exception {
		List<Boolean> sent = race(100,
				(i) -> allowed(() -> ((i % 2 == 0) ? first : second).sendTo("+12025550170", "198.51.100.90", false)));
		assertThat(sent.stream().filter(Boolean::booleanValue)).hasSize(1);
	}

	@Test
	void sendFromWhenOneAddressAsksOnBothInstancesThenTheLimitCountsBoth() {
		for (int i = 0; i < 20; i++) {
			((i % 2 == 0) ? first : second).sendFrom("198.51.100.70");
		}
		assertThat(allowed(() -> first.sendFrom("198.51.100.70"))).isFalse();
		assertThat(allowed(() -> second.sendFrom("198.51.100.70"))).isFalse();
		assertThat(allowed(() -> second.sendFrom("198.51.100.71"))).isTrue();
	}

	@Test
	void checkWhenThirtyOneChecksFromOneAddressOnBothInstancesThenTheLastIsRefused() {
		for (int i = 0; i < 30; i++) {
			((i % 2 == 0) ? first : second).check("+12025550171" + (i % 3), "198.51.100.72", false);
		}
		assertThat(allowed(() -> first.check("+12025550175", "198.51.100.72", false))).isFalse();
	}

	private static boolean allowed(Runnable call) {
		try {
			call.run();
			return true;
		}
		catch (SignInProblem ex) {
			assertThat(ex.kind()).isEqualTo(SignInProblem.Kind.RATE_LIMITED);
			return false;
		}
	}

	private interface Call<T> {

		T call(int index) throws Exception;

	}

	private static <T> List<T> race(int callers, Call<T> call) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(32);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				int index = i;
				Callable<T> task = () -> {
					start.await();
					return call.call(index);
				};
				futures.add(threads.submit(task));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
