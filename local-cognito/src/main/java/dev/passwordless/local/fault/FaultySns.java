package dev.passwordless.local.fault;

import java.util.Map;
import java.util.Optional;

import dev.passwordless.local.http.QueryProtocol;
import dev.passwordless.local.http.Response;
import dev.passwordless.local.sns.SnsPublish;

/**
 * The SNS endpoint with the faults played in front of it, answered as SNS answers them,
 * so that a client (the triggers' SDK client) meets them as it would meet SNS: a slow
 * answer (the message is still published, after the wait, even when the client stopped
 * waiting: SNS carries out a request it received), throttling (HTTP 400
 * {@code Throttling} "Rate exceeded", the query APIs' request-rate error) or an internal
 * error (HTTP 500 {@code InternalError}). The SDKs retry the last two.
 */
public final class FaultySns implements QueryProtocol {

	private final QueryProtocol sns;

	private final Faults faults;

	public FaultySns(QueryProtocol sns, Faults faults) {
		this.sns = sns;
		this.faults = faults;
	}

	@Override
	public Response answer(String authorization, Map<String, String> form) {
		Optional<Fault> fault = this.faults.next(Fault.Target.SNS);
		if (fault.isEmpty()) {
			return this.sns.answer(authorization, form);
		}
		return switch (fault.get().kind()) {
			case SLOW -> {
				Faults.delay(fault.get().delay());
				yield this.sns.answer(authorization, form);
			}
			// inferred: the query protocol's request-rate error, which SNS's own
			// ThrottledException (429, account send rate) shares its retries with
			case THROTTLE -> SnsPublish.error(400, "Sender", "Throttling", "Rate exceeded");
			case FAIL -> SnsPublish.error(500, "Receiver", "InternalError", "Internal error (local-cognito fault)");
		};
	}

	@Override
	public Response forbidden(String message) {
		return this.sns.forbidden(message);
	}

}
