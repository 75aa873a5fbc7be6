package dev.passwordless.triggers.challenge;

import java.util.Map;

/**
 * What Create answers for one round.
 *
 * @param publicParameters sent to the client
 * @param privateParameters passed to Verify only
 * @param metadata kept in the session history for the next rounds
 * @param outcome a short word for the log
 */
public record IssuedChallenge(Map<String, String> publicParameters, Map<String, String> privateParameters,
		String metadata, String outcome) {

	public IssuedChallenge {
		publicParameters = Map.copyOf(publicParameters);
		privateParameters = Map.copyOf(privateParameters);
	}

}
