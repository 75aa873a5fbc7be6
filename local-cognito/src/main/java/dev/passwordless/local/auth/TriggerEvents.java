package dev.passwordless.local.auth;

import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.store.User;

/**
 * Builds trigger events in Cognito's shape (reference {@code docs/cognito-custom-auth.md}
 * section 3.1): the envelope every user-pool trigger event shares, and the user part of
 * the authentication events.
 */
public final class TriggerEvents {

	private final String region;

	private final String userPoolId;

	private final String clientId;

	/**
	 * @param region the pool's region
	 * @param userPoolId the pool's id
	 * @param clientId the app client's id, the caller of every event here
	 */
	public TriggerEvents(String region, String userPoolId, String clientId) {
		this.region = region;
		this.userPoolId = userPoolId;
		this.clientId = clientId;
	}

	/** The envelope, with empty {@code request} and {@code response}. */
	public ObjectNode envelope(String triggerSource, String userName) {
		ObjectNode event = JsonNodeFactory.instance.objectNode();
		event.put("version", "1");
		event.put("region", this.region);
		event.put("userPoolId", this.userPoolId);
		event.put("userName", userName);
		event.putObject("callerContext").put("awsSdkVersion", "aws-sdk-unknown-unknown").put("clientId", this.clientId);
		event.put("triggerSource", triggerSource);
		event.putObject("request");
		event.putObject("response");
		return event;
	}

	/**
	 * A Pre authentication event: the user's attributes, InitiateAuth's ClientMetadata as
	 * {@code validationData} (null when the request had none), {@code userNotFound}
	 * (docs/cognito-custom-auth.md 12.1).
	 * @param user the user, or null when unknown
	 * @param clientMetadata InitiateAuth's ClientMetadata, or null
	 */
	ObjectNode preAuthentication(String username, User user, Map<String, String> clientMetadata) {
		ObjectNode event = authentication("PreAuthentication_Authentication", username, user, null);
		ObjectNode request = (ObjectNode) event.get("request");
		if (clientMetadata != null && !clientMetadata.isEmpty()) {
			ObjectNode validationData = request.putObject("validationData");
			clientMetadata.forEach(validationData::put);
		}
		else {
			request.putNull("validationData");
		}
		return event;
	}

	/**
	 * An authentication event (Define, Create, Verify, Post authentication): the user's
	 * attributes, the client metadata and {@code userNotFound}.
	 * @param user the user, or null when unknown
	 * @param clientMetadata the request's ClientMetadata, or null
	 */
	ObjectNode authentication(String triggerSource, String username, User user, Map<String, String> clientMetadata) {
		ObjectNode event = envelope(triggerSource, username);
		ObjectNode request = (ObjectNode) event.get("request");
		ObjectNode attributes = request.putObject("userAttributes");
		if (user != null) {
			user.attributes().forEach(attributes::put);
			attributes.put("cognito:user_status", user.status());
			if ("true".equals(user.attributes().get("phone_number_verified"))) {
				attributes.put("cognito:phone_number_alias", user.phoneNumber());
			}
		}
		// absent when the request had none: as in the events from InitiateAuth
		// (docs/cognito-custom-auth.md 3.1); inferred for a RespondToAuthChallenge
		// without
		// it (12.1)
		if (clientMetadata != null && !clientMetadata.isEmpty()) {
			ObjectNode metadata = request.putObject("clientMetadata");
			clientMetadata.forEach(metadata::put);
		}
		// present because the client has PreventUserExistenceErrors=ENABLED
		// (docs/cognito-custom-auth.md 3.1)
		request.put("userNotFound", user == null);
		return event;
	}

}
