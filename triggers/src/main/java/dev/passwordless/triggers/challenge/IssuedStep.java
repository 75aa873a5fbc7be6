package dev.passwordless.triggers.challenge;

import java.time.Instant;
import java.util.List;

/**
 * What Create keeps of one sign-in step while Cognito may call it again for that step
 * ({@link RetriedSteps}): the challenge it may hand out again, and when it handed it out.
 *
 * @param version bumped by every write; a write succeeds only over the version it read
 * @param challenge the stored form of the code challenge ({@code CODE2:…}: an expiry, a
 * salt and a keyed hash, never the code) that a retry gets again; null when a retry gets
 * nothing again (a decoy, or a code whose SMS went out in time, so that no retry comes)
 * @param issuedAt when it was handed out, the first time first; never empty
 */
public record IssuedStep(long version, String challenge, List<Instant> issuedAt) {

	public IssuedStep {
		issuedAt = List.copyOf(issuedAt);
		if (issuedAt.isEmpty()) {
			throw new IllegalArgumentException("issuedAt must not be empty");
		}
	}

	/** When the record can be deleted: once Cognito can no longer retry the step. */
	public Instant expiresAt() {
		return this.issuedAt.getLast().plus(RetriedSteps.WINDOW);
	}

}
