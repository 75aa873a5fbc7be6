package dev.passwordless.local.http;

import java.util.Optional;

/**
 * What Cognito asks of the operations it authorizes with IAM (the Admin* operations,
 * ListUsers, the group operations): an AWS Signature Version 4 {@code Authorization}
 * header. Any credentials are accepted and the signature is not checked; a request
 * without one is refused before it is read, as AWS refuses it (reference
 * {@code docs/cognito-custom-auth.md} 11.4). The operations a client calls with its
 * client id or a user's access token take no signature.
 */
public final class IamAuthorization {

	private IamAuthorization() {
	}

	/**
	 * @param operation an IAM-authorized operation
	 * @return the same operation, refusing requests that are not signed
	 */
	public static Operation required(Operation operation) {
		return (request) -> {
			check(request.authorization());
			return operation.handle(request);
		};
	}

	/**
	 * @throws CognitoException {@code MissingAuthenticationTokenException} (403) without
	 * a header, {@code IncompleteSignatureException} (400) when it is not SigV4's shape
	 */
	static void check(String authorization) {
		if (authorization == null || authorization.isBlank()) {
			// type and status from AWS's common errors (MissingAuthenticationToken, 403);
			// the JSON protocol's Exception suffix and the message are inferred
			throw new CognitoException("MissingAuthenticationTokenException", "Missing Authentication Token", 403);
		}
		Optional<String> problem = SigV4Header.problem(authorization);
		if (problem.isPresent()) {
			throw new CognitoException("IncompleteSignatureException", problem.get(), 400);
		}
	}

}
