package dev.passwordless.local.http;

/** A plain HTTP route (not a Cognito operation), registered by method and path. */
@FunctionalInterface
public interface Route {

	/**
	 * @param request what was asked
	 * @return the answer
	 */
	Response answer(RouteRequest request);

}
