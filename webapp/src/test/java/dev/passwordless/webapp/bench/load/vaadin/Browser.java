package dev.passwordless.webapp.bench.load.vaadin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One person's browser without a browser: its cookies, and the requests a Vaadin page
 * makes, sent over a shared {@link HttpClient} (one connection pool for every simulated
 * browser) with the person's own address in {@code X-Forwarded-For}, as a load balancer
 * in front of the app passes it. Redirects are not followed, so each one is seen and
 * timed. Static resources (the JavaScript bundle, stylesheets, fonts) are not fetched: a
 * returning browser has them cached.
 */
public final class Browser {

	/** The language the browser asks for, which chooses the texts and the country. */
	private static final String LANGUAGE = "en-US,en;q=0.9";

	private final HttpClient http;

	private final URI base;

	private final Duration timeout;

	private final String address;

	private final CookieJar cookies = new CookieJar();

	/**
	 * @param http the shared client; it must not follow redirects
	 * @param base the app, e.g. {@code http://127.0.0.1:8080/}
	 * @param timeout how long a person waits for one answer before giving up
	 * @param address the person's address, as the load balancer reports it
	 */
	public Browser(HttpClient http, URI base, Duration timeout, String address) {
		this.http = http;
		this.base = base;
		this.timeout = timeout;
		this.address = address;
	}

	/**
	 * A client for many browsers: HTTP/1.1 as a browser speaks to the app, no redirects.
	 */
	public static HttpClient sharedClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * Opens a page as a browser does: the page itself, Vaadin's {@code init} request for
	 * a UI, then the navigation to the route that renders the view.
	 * @param route the route, without a leading slash ("" for the root)
	 * @throws TurnedAway when the app is too busy to take the page
	 */
	public VaadinUi open(String route) {
		HttpResponse<String> page = get(route);
		if (page.statusCode() == 503 && page.headers().firstValue("Retry-After").isPresent()) {
			throw new TurnedAway(page);
		}
		if (page.statusCode() != 200) {
			throw new UnexpectedAnswer("GET /" + route + " answered " + page.statusCode());
		}
		VaadinUi ui = VaadinUi.init(this, route);
		ui.navigate(route);
		return ui;
	}

	/** A GET of a path relative to the app's root, its redirect not followed. */
	public HttpResponse<String> get(String pathAndQuery) {
		return send(request(pathAndQuery).GET().build());
	}

	/** A UIDL message to a UI. */
	HttpResponse<String> postJson(String pathAndQuery, String json) {
		return send(request(pathAndQuery).header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private HttpRequest.Builder request(String pathAndQuery) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.base.resolve(pathAndQuery))
			.timeout(this.timeout)
			.header("Accept-Language", LANGUAGE)
			.header("X-Forwarded-For", this.address);
		this.cookies.header().ifPresent((cookie) -> builder.header("Cookie", cookie));
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			this.cookies.store(response.headers());
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri().getRawPath() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
