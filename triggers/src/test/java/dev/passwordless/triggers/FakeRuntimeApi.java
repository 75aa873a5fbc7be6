package dev.passwordless.triggers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Lambda's Runtime API for one execution environment and one invocation, on 127.0.0.1:
 * the first {@code GET /2018-06-01/runtime/invocation/next} gets the event with the
 * headers Lambda sends ({@code Lambda-Runtime-Aws-Request-Id},
 * {@code Lambda-Runtime-Deadline-Ms}, {@code Lambda-Runtime-Invoked-Function-Arn},
 * {@code Lambda-Runtime-Trace-Id}); the next one waits, as on Lambda between invocations,
 * until {@link #close()}. It records when the runtime first asked (its initialisation
 * done), when the answer arrived, and the process's CPU time then, before the runtime can
 * do anything else. Errors ({@code .../error}, {@code /runtime/init/error}) fail the
 * answer.
 *
 * <p>
 * TCP_NODELAY is on ({@code sun.net.httpserver.nodelay}, which the JDK's server reads
 * once, before its first server is made: {@link #noDelay()}).
 */
final class FakeRuntimeApi implements AutoCloseable {

	private static final String PREFIX = "/2018-06-01/runtime/";

	/** How long the invocation may take: the trigger functions' timeout. */
	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "fake-runtime-api");
		thread.setDaemon(true);
		return thread;
	});

	private final byte[] event;

	private final String functionArn;

	private final String requestId = UUID.randomUUID().toString();

	private final AtomicBoolean handedOut = new AtomicBoolean();

	private final CountDownLatch closed = new CountDownLatch(1);

	private final CompletableFuture<Long> asked = new CompletableFuture<>();

	private final CompletableFuture<Answer> answer = new CompletableFuture<>();

	private volatile ProcessHandle runtime;

	/**
	 * What the function answered.
	 *
	 * @param nanos when it arrived ({@link System#nanoTime()})
	 * @param cpu the runtime process's CPU time then, every thread's
	 * @param body the answer's JSON
	 */
	record Answer(long nanos, Duration cpu, String body) {
	}

	/**
	 * @param event the one event, as JSON
	 * @param functionArn the invoked function's ARN (an alias's, as Cognito invokes it)
	 */
	FakeRuntimeApi(String event, String functionArn) {
		noDelay();
		this.event = event.getBytes(StandardCharsets.UTF_8);
		this.functionArn = functionArn;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(this.threads);
		this.server.createContext(PREFIX, this::serve);
		this.server.start();
	}

	/** Turns TCP_NODELAY on for the JDK's HTTP servers made from now on. */
	static void noDelay() {
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	/** The value of {@code AWS_LAMBDA_RUNTIME_API}: host and port. */
	String address() {
		return "127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The runtime's process, whose CPU time the answer records. */
	void runtime(ProcessHandle process) {
		this.runtime = process;
	}

	/** When the runtime first asked for an invocation ({@link System#nanoTime()}). */
	CompletableFuture<Long> asked() {
		return this.asked;
	}

	/** The function's answer to the one invocation. */
	CompletableFuture<Answer> answer() {
		return this.answer;
	}

	private void serve(HttpExchange exchange) throws IOException {
		long at = System.nanoTime();
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		try (exchange) {
			if (method.equals("GET") && path.equals(PREFIX + "invocation/next")) {
				next(exchange, at);
			}
			else if (method.equals("POST") && path.equals(PREFIX + "invocation/" + this.requestId + "/response")) {
				ProcessHandle process = this.runtime;
				Duration cpu = (process != null) ? process.info().totalCpuDuration().orElse(Duration.ZERO)
						: Duration.ZERO;
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				accepted(exchange);
				this.answer.complete(new Answer(at, cpu, body));
			}
			else if (method.equals("POST") && path.endsWith("/error")) {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				accepted(exchange);
				this.answer.completeExceptionally(new IllegalStateException(path + ": " + body));
			}
			else {
				exchange.sendResponseHeaders(404, -1);
				this.answer.completeExceptionally(new IllegalStateException("unexpected " + method + " " + path));
			}
		}
	}

	private void next(HttpExchange exchange, long at) throws IOException {
		if (!this.handedOut.compareAndSet(false, true)) {
			// the runtime waits for its next invocation; none comes
			try {
				this.closed.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return;
		}
		this.asked.complete(at);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", this.requestId);
		exchange.getResponseHeaders()
			.add("Lambda-Runtime-Deadline-Ms", Long.toString(Instant.now().plus(TIMEOUT).toEpochMilli()));
		exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", this.functionArn);
		exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", traceId());
		exchange.sendResponseHeaders(200, this.event.length);
		exchange.getResponseBody().write(this.event);
	}

	private static void accepted(HttpExchange exchange) throws IOException {
		byte[] status = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(202, status.length);
		exchange.getResponseBody().write(status);
	}

	/** An X-Ray trace header, not sampled, as Lambda passes one when tracing is off. */
	private static String traceId() {
		String hex = UUID.randomUUID().toString().replace("-", "");
		return "Root=1-" + Long.toHexString(Instant.now().getEpochSecond()) + "-" + hex.substring(0, 24) + ";Parent="
				+ hex.substring(16) + ";Sampled=0;Lineage=1:" + hex.substring(0, 8) + ":0";
	}

	@Override
	public void close() {
		this.closed.countDown();
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
