package dev.passwordless.local.fault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.Operation;

/**
 * The Cognito operations with the faults played in front of them, answered as Cognito
 * answers them: a slow answer (carried out after the wait),
 * {@code TooManyRequestsException} (HTTP 400) or {@code InternalErrorException} (HTTP
 * 500). The SDKs retry the last two.
 */
public final class FaultyOperations {

	private FaultyOperations() {
	}

	/**
	 * @param operations the operations by name
	 * @param faults the faults played
	 * @return the same operations, each meeting the {@link Fault.Target#COGNITO} fault
	 */
	public static Map<String, Operation> of(Map<String, Operation> operations, Faults faults) {
		Map<String, Operation> faulty = new LinkedHashMap<>();
		operations.forEach((name, operation) -> faulty.put(name, (request) -> {
			Optional<Fault> fault = faults.next(Fault.Target.COGNITO);
			if (fault.isPresent()) {
				switch (fault.get().kind()) {
					case SLOW -> Faults.delay(fault.get().delay());
					case THROTTLE -> throw new CognitoException("TooManyRequestsException", "Rate exceeded");
					case FAIL -> throw new CognitoException("InternalErrorException",
							"Internal error (local-cognito fault)", 500);
				}
			}
			return operation.handle(request);
		}));
		return faulty;
	}

}
