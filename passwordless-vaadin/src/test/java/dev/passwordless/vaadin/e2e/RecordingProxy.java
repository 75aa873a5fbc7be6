package dev.passwordless.vaadin.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A reverse proxy on 127.0.0.1 between the browser and the app that keeps a copy of every
 * response (status, headers, body): exactly what the browser received over the wire.
 */
public final class RecordingProxy implements AutoCloseable {

	private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "host", "upgrade",
			"transfer-encoding", "keep-alive");

	public final List<String> responses = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String target;

	public RecordingProxy(int targetPort) {
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

	private void forward(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.target + exchange.getRequestURI()))
				.method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase())) {
					values.forEach((value) -> request.header(name, value));
				}
			});
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

	@Override
	public void close() {
		this.server.stop(0);
	}

}
