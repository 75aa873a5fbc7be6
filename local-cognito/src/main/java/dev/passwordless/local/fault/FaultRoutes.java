package dev.passwordless.local.fault;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.passwordless.local.http.Response;
import dev.passwordless.local.http.Route;
import dev.passwordless.local.http.RouteRequest;

/**
 * The fault harness's endpoint, {@code /_local/faults}: {@code POST} plays a fault
 * ({@link Fault#fromJson}), {@code DELETE} ends them all, {@code GET} lists them. Only
 * when the pool was started with the harness on, and only from this machine; the router
 * refuses, as for every request that changes something, what a browser sends for a page
 * of another site, and a {@code POST} must be JSON (which no page of another site can
 * send without the pool's consent).
 */
public final class FaultRoutes {

	/** The path of the endpoint. */
	public static final String PATH = "/_local/faults";

	private FaultRoutes() {
	}

	/**
	 * @param faults the faults to play; null when the harness is off
	 * @param json reads the bodies
	 * @return the routes by method and path
	 */
	public static Map<String, Route> of(Faults faults, ObjectMapper json) {
		Map<String, Route> routes = new LinkedHashMap<>();
		routes.put("GET " + PATH,
				(request) -> guarded(faults, request, () -> Response.json(faults.describe().toString())));
		routes.put("DELETE " + PATH, (request) -> guarded(faults, request, () -> {
			faults.clear();
			return Response.noContent();
		}));
		routes.put("POST " + PATH, (request) -> guarded(faults, request, () -> play(faults, request, json)));
		return routes;
	}

	private static Response guarded(Faults faults, RouteRequest request, Supplier<Response> answer) {
		if (faults == null) {
			return message(404, "The fault harness is off: start local-cognito with --faults on "
					+ "(LocalCognitoConfig: faults(true)) to play faults");
		}
		if (!request.fromLoopback()) {
			return message(403, "The fault harness answers only requests from this machine");
		}
		return answer.get();
	}

	private static Response play(Faults faults, RouteRequest request, ObjectMapper json) {
		String type = (request.contentType() != null)
				? request.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT) : "";
		if (!type.equals("application/json")) {
			return message(415, "Send the fault as application/json");
		}
		if (request.body() == null) {
			return message(400, "The body is larger than 1 MiB");
		}
		Fault fault;
		try {
			fault = Fault.fromJson(json.readTree(request.body()));
		}
		catch (JacksonException ex) {
			return message(400, "The body is not valid JSON");
		}
		catch (IOException ex) {
			return message(400, "The body could not be read");
		}
		catch (IllegalArgumentException ex) {
			return message(400, ex.getMessage());
		}
		faults.play(fault);
		System.out.println("[local-cognito] fault: " + fault.target().name().toLowerCase(Locale.ROOT) + " "
				+ fault.kind().name().toLowerCase(Locale.ROOT)
				+ ((fault.kind() == Fault.Kind.SLOW) ? " " + fault.delay().toMillis() + " ms" : "") + " for the next "
				+ fault.count() + " request(s)");
		return Response.json(faults.describe().toString());
	}

	private static Response message(int status, String message) {
		return new Response(status, "application/json",
				JsonNodeFactory.instance.objectNode().put("message", message).toString());
	}

}
