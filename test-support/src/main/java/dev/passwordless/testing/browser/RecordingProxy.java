package dev.passwordless.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A reverse proxy on 127.0.0.1 between the browser and the app that keeps a copy of every
 * response (status, headers, body): exactly what the browser received over the wire. It
 * can reach the app from another loopback address (as a proxy on another host would), add
 * headers such as {@code X-Forwarded-For} to what it forwards, and hold requests to one
 * path instead of forwarding them (answering the browser with a page {@code #held}).
 */
public final class RecordingProxy implements AutoCloseable {

	private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "host", "upgrade",
			"transfer-encoding", "keep-alive");

	public final List<String> responses = new CopyOnWriteArrayList<>();

	/**
	 * The requests held instead of forwarded: path and query, as the browser sent them.
	 */
	public final List<String> held = new CopyOnWriteArrayList<>();

	private final Map<String, String> addedHeaders = new ConcurrentHashMap<>();

	private volatile String holding;

	/** How many responses {@link #responsesHolding} has read. */
	private int responsesRead;

	/** The secrets {@link #responsesHolding} has read every response for. */
	private final Set<String> secretsRead = new HashSet<>();

	private final HttpServer server;

	private final HttpClient client;

	private final String target;

	public RecordingProxy(int targetPort) {
		this(targetPort, InetAddress.getLoopbackAddress());
	}

	/**
	 * @param targetPort the app's port on this machine
	 * @param from the address the proxy reaches the app from, e.g. 127.0.0.2
	 */
	public RecordingProxy(int targetPort, InetAddress from) {
		this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).localAddress(from).build();
		this.target = "http://localhost:" + targetPort;
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::forward);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.start();
	}

	public String base() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	/**
	 * Adds (or, with null, stops adding) a header to every request forwarded from now.
	 */
	public RecordingProxy header(String name, String value) {
		if (value == null) {
			this.addedHeaders.remove(name);
		}
		else {
			this.addedHeaders.put(name, value);
		}
		return this;
	}

	/** Holds every request whose path starts with this, instead of forwarding it. */
	public RecordingProxy hold(String pathPrefix) {
		this.holding = pathPrefix;
		return this;
	}

	/** Forwards everything again. */
	public RecordingProxy release() {
		this.holding = null;
		return this;
	}

	private void forward(HttpExchange exchange) throws IOException {
		try (exchange) {
			String holdingNow = this.holding;
			if (holdingNow != null && exchange.getRequestURI().getPath().startsWith(holdingNow)) {
				this.held.add(exchange.getRequestURI().toString());
				byte[] page = "<html><body><p id=\"held\">held by the proxy</p></body></html>"
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "text/html");
				exchange.sendResponseHeaders(200, page.length);
				exchange.getResponseBody().write(page);
				return;
			}
			byte[] body = exchange.getRequestBody().readAllBytes();
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.target + exchange.getRequestURI()))
				.method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase())
						&& this.addedHeaders.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
					values.forEach((value) -> request.header(name, value));
				}
			});
			this.addedHeaders.forEach(request::header);
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			StringBuilder recorded = new StringBuilder(exchange.getRequestMethod()).append(' ')
				.append(exchange.getRequestURI())
				.append(" -> ")
				.append(response.statusCode())
				.append('\n');
			response.headers().map().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
					values.forEach((value) -> {
						String rewritten = value.replace(this.target, base());
						exchange.getResponseHeaders().add(name, rewritten);
						recorded.append(name).append(": ").append(rewritten).append('\n');
					});
				}
			});
			recorded.append(new String(response.body(), StandardCharsets.UTF_8));
			this.responses.add(recorded.toString());
			boolean empty = response.body().length == 0;
			exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : response.body().length);
			if (!empty) {
				exchange.getResponseBody().write(response.body());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The responses that hold one of these secrets, reading each response for each secret
	 * once over the proxy's life: a response new since the last call for every secret,
	 * one read before for the secrets new since. A test class that checks after each test
	 * reads every pair once instead of once per test.
	 * @param secrets what must never reach the browser
	 * @return where each secret was found (the response's number and the secret's first
	 * characters); empty when nowhere
	 */
	public synchronized List<String> responsesHolding(Collection<String> secrets) {
		List<String> all = List.copyOf(Set.copyOf(secrets));
		List<String> fresh = all.stream().filter((secret) -> !this.secretsRead.contains(secret)).toList();
		List<String> recorded = List.copyOf(this.responses);
		List<String> found = new ArrayList<>();
		for (int i = 0; i < recorded.size(); i++) {
			for (String secret : (i < this.responsesRead) ? fresh : all) {
				if (recorded.get(i).contains(secret)) {
					found.add("response " + i + " holds the secret starting "
							+ secret.substring(0, Math.min(6, secret.length())));
				}
			}
		}
		this.responsesRead = recorded.size();
		this.secretsRead.addAll(all);
		return found;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
