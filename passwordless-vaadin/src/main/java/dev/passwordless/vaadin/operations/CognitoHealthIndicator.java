package dev.passwordless.vaadin.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the Cognito pool is reachable: its signing keys (the JWKS, which every sign-in
 * needs to verify tokens) answer 200 within {@link #TIMEOUT}. An answer is kept for
 * {@link #CACHE} so that frequent checks by a load balancer cost the pool little.
 */
final class CognitoHealthIndicator implements HealthIndicator {

	static final Duration TIMEOUT = Duration.ofMillis(1000);

	static final Duration CACHE = Duration.ofSeconds(5);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final URI jwks;

	private final Clock clock;

	private Health last;

	private Instant checkedAt = Instant.MIN;

	CognitoHealthIndicator(URI jwks, Clock clock) {
		this.jwks = jwks;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		Instant now = this.clock.instant();
		if (this.last == null || !now.isBefore(this.checkedAt.plus(CACHE))) {
			this.last = check();
			this.checkedAt = now;
		}
		return this.last;
	}

	private Health check() {
		try {
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(this.jwks).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.discarding());
			return (response.statusCode() == 200) ? Health.up().build()
					: Health.down().withDetail("status", response.statusCode()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().build();
		}
		catch (Exception ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
