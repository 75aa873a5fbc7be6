package dev.passwordless.local.http;

import java.util.Map;

/** A plain HTTP route (not a Cognito operation), registered by method and path. */
@FunctionalInterface
public interface Route {

	/**
	 * @param query the decoded query parameters
	 * @return the answer
	 */
	Response answer(Map<String, String> query);

}
