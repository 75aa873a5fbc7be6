package dev.passwordless.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A pool started as its own process, as a developer starts it (the launcher or
 * {@code java -jar}): its output (stdout and stderr) collected as it comes, its endpoint
 * read from what it prints, and, when closed, it and every process it started stopped,
 * also when the test failed half-way.
 */
final class PoolProcess implements AutoCloseable {

	private static final String ENDPOINT = "  endpoint:";

	private final Process process;

	private final StringBuilder output = new StringBuilder();

	private boolean ended;

	private PoolProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::read, "pool-process-output-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts the command, its stderr merged into its stdout. */
	static PoolProcess start(ProcessBuilder builder) {
		try {
			return new PoolProcess(builder.redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				synchronized (this) {
					this.output.append(line).append('\n');
					notifyAll();
				}
			}
		}
		catch (IOException ex) {
			// the process was stopped: its output ends here
		}
		finally {
			synchronized (this) {
				this.ended = true;
				notifyAll();
			}
		}
	}

	/**
	 * Waits until the pool prints its endpoint.
	 * @throws AssertionError with everything it printed when it ends first or takes too
	 * long
	 */
	synchronized URI awaitEndpoint(Duration timeout) throws InterruptedException {
		awaitOutput(ENDPOINT, timeout);
		String line = this.output.substring(this.output.indexOf(ENDPOINT)).lines().findFirst().orElseThrow();
		return URI.create(line.substring(line.indexOf("http")).strip());
	}

	/**
	 * Waits until the process has printed a text (lines arrive one by one).
	 * @throws AssertionError with everything it printed when it ends first or takes too
	 * long
	 */
	synchronized void awaitOutput(String text, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!this.output.toString().contains(text)) {
			long left = deadline - System.nanoTime();
			if (this.ended || left <= 0) {
				throw new AssertionError("the process printed no '" + text.strip() + "' "
						+ (this.ended ? "before it ended" : "in time") + "; its output:\n" + this.output);
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

	/** Waits until the process ends and its output is read to the end. */
	synchronized int awaitExit(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!this.ended) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("the process did not end in time; its output:\n" + this.output);
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return this.process.waitFor();
	}

	/** What it printed so far. */
	synchronized String output() {
		return this.output.toString();
	}

	/** The process id: the launcher's, which is the JVM's once it has {@code exec}ed. */
	long pid() {
		return this.process.pid();
	}

	/** An SDK client for the pool at that endpoint (any credentials do). */
	static CognitoIdentityProviderClient cognito(URI endpoint) {
		return CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build();
	}

	/** Stops the process and every process it started, waiting for them to end. */
	@Override
	public void close() throws InterruptedException {
		List<ProcessHandle> all = this.process.descendants().toList();
		all.forEach(ProcessHandle::destroy);
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		for (ProcessHandle child : all) {
			try {
				child.onExit().get(10, TimeUnit.SECONDS);
			}
			catch (ExecutionException | TimeoutException ex) {
				child.destroyForcibly();
			}
		}
	}

}
