package dev.passwordless.vaadin.operations;

import dev.passwordless.vaadin.store.PasswordlessDatabase;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the sign-in's database answers, within {@link #BOUND} whatever the connection
 * pool's own timeouts: a load balancer's check (HAProxy's default 2 s) gets its answer in
 * time. One check runs at a time; a check asked while one is still waiting joins it.
 */
final class DatabaseHealthIndicator implements HealthIndicator, AutoCloseable {

	static final Duration BOUND = Duration.ofMillis(800);

	private final PasswordlessDatabase database;

	private final ExecutorService checker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "passwordless-database-health");
		thread.setDaemon(true);
		return thread;
	});

	private CompletableFuture<Boolean> running = CompletableFuture.completedFuture(true);

	DatabaseHealthIndicator(PasswordlessDatabase database) {
		this.database = database;
	}

	@Override
	public Health health() {
		try {
			return check().get(BOUND.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build() : Health.down().build();
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("error", "no answer within " + BOUND.toMillis() + " ms").build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().build();
		}
		catch (Exception ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

	private synchronized CompletableFuture<Boolean> check() {
		if (this.running.isDone()) {
			this.running = CompletableFuture.supplyAsync(() -> {
				Integer one = this.database.jdbc().queryForObject("select 1", Integer.class);
				return one != null && one == 1;
			}, this.checker);
		}
		return this.running;
	}

	@Override
	public void close() {
		this.checker.shutdownNow();
	}

}
