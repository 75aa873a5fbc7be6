package dev.passwordless.local;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * InitiateAuth: CUSTOM_AUTH starts the challenge loop; REFRESH_TOKEN_AUTH / REFRESH_TOKEN
 * issue new ID and access tokens. Other flows are not enabled on the client (reference
 * 2.1-2.2, 5).
 */
final class InitiateAuthOperation implements Operation {

	private static final Set<String> KNOWN_FLOWS = Set.of("USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN",
			"CUSTOM_AUTH", "ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH", "USER_AUTH");

	private final Pool pool;

	private final ChallengeSteps steps;

	InitiateAuthOperation(Pool pool, ChallengeSteps steps) {
		this.pool = pool;
		this.steps = steps;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String clientId = request.required("ClientId", 128);
		String flow = request.required("AuthFlow", 64);
		Map<String, String> parameters = request.map("AuthParameters");
		request.map("ClientMetadata");
		this.pool.checkClient(clientId);
		if (!KNOWN_FLOWS.contains(flow)) {
			throw CognitoException.invalidParameter("1 validation error detected: Value '" + flow
					+ "' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: "
					+ KNOWN_FLOWS.stream().sorted().toList());
		}
		return switch (flow) {
			case "CUSTOM_AUTH" -> customAuth(clientId, parameters);
			case "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN" -> refresh(clientId, parameters);
			// inferred wording (reference 2.1)
			default -> throw CognitoException.invalidParameter(flow + " flow not enabled for this client");
		};
	}

	private ObjectNode customAuth(String clientId, Map<String, String> parameters) {
		String username = parameters.get("USERNAME");
		if (username == null || username.isEmpty()) {
			throw CognitoException.invalidParameter("Missing required parameter USERNAME");
		}
		if (username.length() > 128) {
			throw CognitoException.invalidParameter("Invalid USERNAME");
		}
		User user = this.pool.store.find(username).orElse(null);
		if (user == null) {
			// PreventUserExistenceErrors=ENABLED: the flow goes on with userNotFound and
			// fails at the end
			return this.steps.next(UUID.randomUUID().toString(), null, clientId, this.pool.json.createArrayNode(),
					null);
		}
		if (!user.enabled()) {
			throw CognitoException.notAuthorized("User is disabled.");
		}
		if ("UNCONFIRMED".equals(user.status())) {
			// inferred (reference 8): rejected before the triggers, as in the other flows
			throw new CognitoException("UserNotConfirmedException", "User is not confirmed.");
		}
		return this.steps.next(user.username(), user, clientId, this.pool.json.createArrayNode(), null);
	}

	private ObjectNode refresh(String clientId, Map<String, String> parameters) {
		String token = parameters.get("REFRESH_TOKEN");
		if (token == null || token.isEmpty()) {
			throw CognitoException.invalidParameter("Missing required parameter REFRESH_TOKEN");
		}
		UserStore.RefreshToken stored = this.pool.store.refreshToken(Tokens.hash(token))
			.filter((candidate) -> candidate.clientId().equals(clientId))
			.orElseThrow(() -> CognitoException.notAuthorized("Invalid Refresh Token"));
		if (stored.revoked()) {
			// inferred wording (reference 5)
			throw CognitoException.notAuthorized("Refresh Token has been revoked");
		}
		if (!Instant.now(this.pool.clock).isBefore(stored.expiresAt())) {
			throw CognitoException.notAuthorized("Refresh Token has expired");
		}
		User user = this.pool.store.find(stored.username())
			.orElseThrow(() -> CognitoException.notAuthorized("User does not exist."));
		if (!user.enabled()) {
			throw CognitoException.notAuthorized("User is disabled.");
		}
		return this.pool
			.authenticationResult(this.pool.tokens.refresh(user, this.pool.groupNames(user.username()), stored));
	}

}
