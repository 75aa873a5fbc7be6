package dev.passwordless.vaadin.e2e.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP link on a port of its own to a server, as the network path the app reaches
 * Cognito through: it passes every request on, addressed to the server (whose
 * {@code Host} check it thereby meets), and the answer back. {@link #cut()} closes the
 * port, so that a new connection is refused, as when Cognito is unreachable;
 * {@link #mend()} opens the same port again.
 */
final class CuttableLink implements AutoCloseable {

	/** Headers the JDK's client sets itself. */
	private static final Set<String> OWN_HEADERS = Set.of("host", "connection", "content-length", "expect", "upgrade",
			"transfer-encoding", "keep-alive");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI target;

	private final int port;

	private HttpServer server;

	CuttableLink(URI target) {
		this.target = target;
		this.server = listen(0);
		this.port = this.server.getAddress().getPort();
	}

	/** A URI of the server, reached through the link. */
	URI in(URI uri) {
		return URI.create("http://127.0.0.1:" + this.port + uri.getRawPath());
	}

	synchronized void cut() {
		if (this.server != null) {
			this.server.stop(0);
			this.server = null;
		}
	}

	synchronized void mend() {
		if (this.server == null) {
			this.server = listen(this.port);
		}
	}

	@Override
	public void close() {
		cut();
	}

	private HttpServer listen(int port) {
		try {
			HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
			listening.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			listening.createContext("/", this::pass);
			listening.start();
			return listening;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void pass(HttpExchange exchange) throws IOException {
		try (exchange) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(this.target.resolve(exchange.getRequestURI().toString()))
				.method(exchange.getRequestMethod(),
						HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					values.forEach((value) -> request.header(name, value));
				}
			});
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
				if (!OWN_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))
						&& !header.getKey().startsWith(":")) {
					exchange.getResponseHeaders().put(header.getKey(), header.getValue());
				}
			}
			byte[] body = response.body();
			exchange.sendResponseHeaders(response.statusCode(), (body.length == 0) ? -1 : body.length);
			exchange.getResponseBody().write(body);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
