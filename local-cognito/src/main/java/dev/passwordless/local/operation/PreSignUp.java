package dev.passwordless.local.operation;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.Trigger;
import dev.passwordless.local.auth.TriggerEvents;
import dev.passwordless.local.auth.TriggerHost;
import dev.passwordless.local.http.CognitoException;

/** The Pre sign-up trigger's part of SignUp: it decides on confirmation. */
final class PreSignUp {

	/**
	 * What Pre sign-up decided.
	 *
	 * @param autoConfirmUser whether the user is confirmed at once
	 * @param autoVerifyPhone whether the phone number counts as verified
	 */
	record Decision(boolean autoConfirmUser, boolean autoVerifyPhone) {
	}

	/** The trigger source of SignUp. */
	static final String SIGN_UP = "PreSignUp_SignUp";

	/** The trigger source of AdminCreateUser. */
	static final String ADMIN_CREATE_USER = "PreSignUp_AdminCreateUser";

	private final TriggerHost triggers;

	private final TriggerEvents events;

	PreSignUp(TriggerHost triggers, TriggerEvents events) {
		this.triggers = triggers;
		this.events = events;
	}

	/**
	 * Runs Pre sign-up, when the pool has it.
	 * @param source {@link #SIGN_UP} or {@link #ADMIN_CREATE_USER}
	 * @throws CognitoException what the trigger's failure becomes, or
	 * {@code InvalidParameterException} when it verifies without confirming
	 */
	Decision decide(String source, String sub, Map<String, String> attributes, Map<String, String> validationData,
			Map<String, String> clientMetadata) {
		if (!this.triggers.has(Trigger.PRE_SIGN_UP)) {
			return new Decision(false, false);
		}
		ObjectNode event = this.events.envelope(source, sub);
		ObjectNode request = (ObjectNode) event.get("request");
		ObjectNode userAttributes = request.putObject("userAttributes");
		attributes.forEach(userAttributes::put);
		if (validationData.isEmpty()) {
			request.putNull("validationData");
		}
		else {
			ObjectNode data = request.putObject("validationData");
			validationData.forEach(data::put);
		}
		if (!clientMetadata.isEmpty()) {
			ObjectNode metadata = request.putObject("clientMetadata");
			clientMetadata.forEach(metadata::put);
		}
		event.putObject("response")
			.put("autoConfirmUser", false)
			.put("autoVerifyEmail", false)
			.put("autoVerifyPhone", false);
		ObjectNode response = this.triggers.invoke(Trigger.PRE_SIGN_UP, event);
		Decision decision = new Decision(response.path("autoConfirmUser").asBoolean(false),
				response.path("autoVerifyPhone").asBoolean(false));
		if (decision.autoVerifyPhone() && !decision.autoConfirmUser()) {
			throw CognitoException
				.invalidParameter("Phone or email cannot be auto verified, when user is not being auto confirmed.");
		}
		return decision;
	}

}
