package dev.passwordless.webapp.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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

	private volatile CountDownLatch arrived = new CountDownLatch(0);

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!PATH.equals(((HttpServletRequest) request).getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		this.arrived.countDown();
		try {
			this.release.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		((HttpServletResponse) response).setStatus(HttpServletResponse.SC_NO_CONTENT);
	}

	/**
	 * Keeps {@code count} requests in progress until the result is closed, each from a
	 * client address of its own (127.0.1.x: the app counts at most a few requests per
	 * client).
	 */
	Busy hold(URI base, int count) throws InterruptedException {
		CountDownLatch latch = new CountDownLatch(1);
		this.release = latch;
		this.arrived = new CountDownLatch(count);
		List<HttpClient> clients = new ArrayList<>();
		List<CompletableFuture<HttpResponse<Void>>> held = new ArrayList<>();
		Busy busy = () -> {
			latch.countDown();
			held.forEach(CompletableFuture::join);
			clients.forEach(HttpClient::close);
		};
		try {
			for (int i = 0; i < count; i++) {
				HttpClient client = HttpClient.newBuilder()
					.localAddress(InetAddress.getByAddress(new byte[] { 127, 0, 1, (byte) (1 + i) }))
					.build();
				clients.add(client);
				held.add(client.sendAsync(HttpRequest.newBuilder(base.resolve(PATH)).build(),
						HttpResponse.BodyHandlers.discarding()));
			}
			assertThat(this.arrived.await(20, TimeUnit.SECONDS)).as("requests held in progress").isTrue();
			return busy;
		}
		catch (IOException | RuntimeException | AssertionError ex) {
			busy.close();
			throw new IllegalStateException("could not hold " + count + " requests", ex);
		}
	}

	/** Lets every request still held go (after a test, whatever happened in it). */
	void releaseAll() {
		this.release.countDown();
	}

	/** Requests held in progress; closing lets them go and waits for their answers. */
	interface Busy extends AutoCloseable {

		@Override
		void close();

	}

}
