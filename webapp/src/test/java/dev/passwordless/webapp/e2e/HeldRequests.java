package dev.passwordless.webapp.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A busy instance, made by the tests: requests to {@value #PATH} stay in progress in the
 * app (past its admission filter, before everything else) until the tests let them go.
 * Any other request goes on untouched.
 */
final class HeldRequests implements Filter {

	static final String PATH = "/test/held";

	private volatile CountDownLatch release = new CountDownLatch(0);

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!PATH.equals(((HttpServletRequest) request).getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		try {
			this.release.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		((HttpServletResponse) response).setStatus(HttpServletResponse.SC_NO_CONTENT);
	}

	/**
	 * Keeps {@code count} requests in progress until the result is closed.
	 * @param inProgress the requests the app counts in progress, to wait for the held
	 * ones to arrive
	 */
	Busy hold(URI base, int count, IntSupplier inProgress) {
		CountDownLatch latch = new CountDownLatch(1);
		this.release = latch;
		HttpClient http = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<Void>>> held = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			held.add(http.sendAsync(HttpRequest.newBuilder(base.resolve(PATH)).build(),
					HttpResponse.BodyHandlers.discarding()));
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (inProgress.getAsInt() < count && System.nanoTime() < deadline) {
			LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
		}
		assertThat(inProgress.getAsInt()).as("requests held in progress").isGreaterThanOrEqualTo(count);
		return () -> {
			latch.countDown();
			held.forEach(CompletableFuture::join);
			http.close();
		};
	}

	/** Requests held in progress; closing lets them go and waits for their answers. */
	interface Busy extends AutoCloseable {

		@Override
		void close();

	}

}
