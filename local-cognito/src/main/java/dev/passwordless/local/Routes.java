package dev.passwordless.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.Response;
import dev.passwordless.local.http.Route;

/**
 * The plain HTTP routes beside the Cognito operations: the SMS outbox (LocalStack's path
 * and shape), the pool's description, and the keys and discovery document every Cognito
 * pool publishes.
 */
final class Routes {

	private Routes() {
	}

	/**
	 * @param pool what the pool publishes about itself
	 * @param outbox the SMS sent
	 * @param jwks the public signing keys as a JWK set
	 */
	static Map<String, Route> of(PoolInfo pool, SmsOutbox outbox, Supplier<String> jwks) {
		String wellKnown = "/" + pool.userPoolId() + "/.well-known/";
		Map<String, Route> routes = new LinkedHashMap<>();
		routes.put("GET /_aws/sns/sms-messages",
				(request) -> Response.json(outbox(outbox, request.query().get("phoneNumber"))));
		routes.put("DELETE /_aws/sns/sms-messages", (request) -> {
			outbox.clear();
			return Response.noContent();
		});
		routes.put("GET /_local/pool", (request) -> Response.json(describe(pool)));
		routes.put("GET " + wellKnown + "jwks.json", (request) -> Response.json(jwks.get()));
		routes.put("GET " + wellKnown + "openid-configuration", (request) -> Response.json(openIdConfiguration(pool)));
		return routes;
	}

	private static String outbox(SmsOutbox outbox, String phoneNumber) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		ObjectNode byNumber = root.putObject("sms_messages");
		for (SmsOutbox.Sms sms : outbox.messages(phoneNumber)) {
			ArrayNode list = byNumber.has(sms.phoneNumber()) ? (ArrayNode) byNumber.get(sms.phoneNumber())
					: byNumber.putArray(sms.phoneNumber());
			list.addObject()
				.put("PhoneNumber", sms.phoneNumber())
				.put("Message", sms.message())
				.put("MessageId", sms.messageId())
				.put("Timestamp", sms.timestamp().toEpochMilli());
		}
		return root.toString();
	}

	private static String describe(PoolInfo pool) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("endpoint", pool.endpoint().toString());
		node.put("region", pool.region());
		node.put("userPoolId", pool.userPoolId());
		node.put("clientId", pool.clientId());
		node.put("issuer", pool.issuer());
		node.put("jwksUri", pool.jwksUri().toString());
		// a local development pool: handing out the secret is its job
		node.put("clientSecret", pool.clientSecret());
		return node.toString();
	}

	private static String openIdConfiguration(PoolInfo pool) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("issuer", pool.issuer());
		node.put("jwks_uri", pool.jwksUri().toString());
		node.putArray("id_token_signing_alg_values_supported").add("RS256");
		node.putArray("subject_types_supported").add("public");
		node.putArray("response_types_supported").add("code");
		return node.toString();
	}

}
