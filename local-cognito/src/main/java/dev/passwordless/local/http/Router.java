package dev.passwordless.local.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The one HTTP entry point, a router: {@code POST /} with {@code X-Amz-Target} goes to
 * the Cognito {@link Operation} of that name (AWS JSON 1.1); {@code POST /} with a form
 * body goes to the query-protocol handler (SNS); anything else to the {@link Route}
 * registered for its method and path. Errors are answered as Cognito answers them; an
 * unexpected failure is a 500 {@code InternalErrorException} with no details. Refused
 * with a 403 before anything is read or done: a request whose {@code Host} does not name
 * the loopback and the server's port (DNS rebinding), and one that changes something and
 * that a browser sent for a page of another site ({@link CrossSiteRequests}).
 */
public final class Router implements HttpHandler {

	/** The prefix of every Cognito {@code X-Amz-Target}. */
	public static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

	private final Map<String, Operation> operations;

	private final Map<String, Route> routes;

	/** The methods that change nothing, which any page may send. */
	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

	private final QueryProtocol queryProtocol;

	private final ObjectMapper json;

	private final LoopbackHosts hosts;

	private final CrossSiteRequests crossSite;

	/**
	 * @param operations Cognito operations by name ({@code InitiateAuth}, ...)
	 * @param routes plain routes by method and path ({@code "GET /_local/pool"})
	 * @param queryProtocol answers form-encoded {@code POST /} requests (SNS)
	 * @param json parses request bodies
	 * @param hosts the {@code Host} values served
	 */
	public Router(Map<String, Operation> operations, Map<String, Route> routes, QueryProtocol queryProtocol,
			ObjectMapper json, LoopbackHosts hosts) {
		this.hosts = hosts;
		this.crossSite = new CrossSiteRequests(hosts);
		this.operations = Map.copyOf(operations);
		this.routes = Map.copyOf(routes);
		this.queryProtocol = queryProtocol;
		this.json = json;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			try {
				route(exchange);
			}
			catch (RuntimeException ex) {
				internalError(exchange, ex);
			}
		}
	}

	private void route(HttpExchange exchange) throws IOException {
		Headers headers = exchange.getRequestHeaders();
		if (!this.hosts.allows(headers.getFirst("Host"))) {
			Exchanges.sendError(exchange, 403, "ForbiddenException", this.hosts.refusal());
			return;
		}
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		Optional<String> crossSite = SAFE_METHODS.contains(method) ? Optional.empty() : this.crossSite.refusal(headers);
		if (crossSite.isPresent()) {
			if (isQueryProtocol(method, path, headers)) {
				Exchanges.send(exchange, this.queryProtocol.forbidden(crossSite.get()));
			}
			else {
				Exchanges.sendError(exchange, 403, "ForbiddenException", crossSite.get());
			}
			return;
		}
		Route route = this.routes.get(method + " " + path);
		if (method.equals("POST") && path.equals("/")) {
			post(exchange);
		}
		else if (route != null) {
			Exchanges.send(exchange,
					route.answer(new RouteRequest(Exchanges.query(exchange), headers.getFirst("Content-Type"),
							Exchanges.readBody(exchange.getRequestBody()),
							exchange.getRemoteAddress().getAddress().isLoopbackAddress())));
		}
		else {
			Exchanges.send(exchange, new Response(404, "application/json", "{\"message\":\"Not found\"}"));
		}
	}

	/** A form-encoded {@code POST /} without a Cognito target: SNS. */
	private static boolean isQueryProtocol(String method, String path, Headers headers) {
		return method.equals("POST") && path.equals("/") && headers.getFirst("X-Amz-Target") == null
				&& String.valueOf(headers.getFirst("Content-Type")).startsWith("application/x-www-form-urlencoded");
	}

	private void post(HttpExchange exchange) throws IOException {
		byte[] body = Exchanges.readBody(exchange.getRequestBody());
		Headers headers = exchange.getRequestHeaders();
		String target = headers.getFirst("X-Amz-Target");
		if (isQueryProtocol("POST", "/", headers)) {
			Exchanges.send(exchange,
					(body != null)
							? this.queryProtocol.answer(headers.getFirst("Authorization"),
									Exchanges.form(new String(body, StandardCharsets.UTF_8)))
							: new Response(400, "text/xml", "<ErrorResponse><Error><Code>InvalidParameter</Code>"
									+ "<Message>Request body is larger than 1 MiB</Message></Error></ErrorResponse>"));
			return;
		}
		ObjectNode response;
		try {
			response = dispatch(target, body, headers.getFirst("Authorization"));
		}
		catch (CognitoException ex) {
			Exchanges.sendError(exchange, ex.status(), ex.type(), ex.getMessage());
			return;
		}
		// straight to UTF-8, no String in between
		Exchanges.send(exchange, 200, "application/x-amz-json-1.1", this.json.writeValueAsBytes(response));
	}

	private ObjectNode dispatch(String target, byte[] body, String authorization) {
		if (target == null || !target.startsWith(TARGET_PREFIX)) {
			throw new CognitoException("UnknownOperationException",
					"Missing or unknown X-Amz-Target; expected " + TARGET_PREFIX + "<Operation>");
		}
		String name = target.substring(TARGET_PREFIX.length());
		Operation operation = this.operations.get(name);
		if (operation == null) {
			throw new CognitoException("UnsupportedOperationException", "local-cognito does not support " + name
					+ "; supported: " + this.operations.keySet().stream().sorted().toList());
		}
		if (body == null) {
			throw CognitoException.invalidParameter("Request body is larger than 1 MiB.");
		}
		return operation.handle(new JsonRequest(parse(body), authorization));
	}

	private ObjectNode parse(byte[] body) {
		JsonNode parsed;
		try {
			parsed = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new CognitoException("SerializationException", "The request body is not valid JSON.");
		}
		catch (IOException ex) {
			throw new CognitoException("SerializationException", "The request body could not be read.");
		}
		if (!(parsed instanceof ObjectNode object)) {
			throw new CognitoException("SerializationException", "The request body must be a JSON object.");
		}
		return object;
	}

	private static void internalError(HttpExchange exchange, RuntimeException ex) {
		String where = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
				+ String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
		System.err.println("[local-cognito] internal error in " + where + ": " + ex);
		ex.printStackTrace();
		try {
			Exchanges.sendError(exchange, 500, "InternalErrorException",
					"Internal error in local-cognito: " + ex.getClass().getSimpleName());
		}
		catch (IOException | RuntimeException ignored) {
			// the answer may have been under way already; the exchange is closed anyway
		}
	}

}
