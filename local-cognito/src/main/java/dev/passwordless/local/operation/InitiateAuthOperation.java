package dev.passwordless.local.operation;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;

/**
 * InitiateAuth: CUSTOM_AUTH starts the challenge loop; USER_AUTH a passkey sign-in;
 * REFRESH_TOKEN_AUTH / REFRESH_TOKEN issue new ID and access tokens. Other flows are not
 * enabled on the client (reference {@code docs/cognito-custom-auth.md} 2.1-2.2, 5, 13).
 */
final class InitiateAuthOperation implements Operation {

	private static final Set<String> KNOWN_FLOWS = Set.of("USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN",
			"CUSTOM_AUTH", "ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH", "USER_AUTH");

	private final AppClient client;

	private final CustomAuthFlow customAuth;

	private final UserAuthFlow userAuth;

	private final RefreshTokenFlow refresh;

	InitiateAuthOperation(AppClient client, CustomAuthFlow customAuth, UserAuthFlow userAuth,
			RefreshTokenFlow refresh) {
		this.client = client;
		this.customAuth = customAuth;
		this.userAuth = userAuth;
		this.refresh = refresh;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		String clientId = request.required("ClientId", 128);
		String flow = request.required("AuthFlow", 64);
		Map<String, String> parameters = request.map("AuthParameters");
		// InitiateAuth gives it only to Pre sign-up, Pre authentication and User
		// migration
		// (as validationData), never to Define or Create (docs/cognito-custom-auth.md
		// 12.1): here to Pre authentication
		Map<String, String> clientMetadata = request.map("ClientMetadata");
		this.client.check(clientId);
		if (!KNOWN_FLOWS.contains(flow)) {
			throw CognitoException.invalidParameter("1 validation error detected: Value '" + flow
					+ "' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: "
					+ KNOWN_FLOWS.stream().sorted().toList());
		}
		return switch (flow) {
			case "CUSTOM_AUTH" -> this.customAuth.start(clientId, parameters, clientMetadata);
			case "USER_AUTH" -> this.userAuth.start(clientId, parameters, clientMetadata);
			case "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN" -> this.refresh.refresh(clientId, parameters);
			// inferred wording (docs/cognito-custom-auth.md 2.1)
			default -> throw CognitoException.invalidParameter(flow + " flow not enabled for this client");
		};
	}

}
