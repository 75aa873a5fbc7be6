package dev.passwordless.triggers;

import java.time.Clock;
import java.util.List;

/**
 * The Define auth challenge state machine. Known and unknown users take the same steps;
 * unknown users can never be issued tokens.
 */
final class ChallengeFlow {

	/** Wrong answers allowed in one sign-in attempt. */
	static final int MAX_ATTEMPTS = 3;

	enum Step {

		CHALLENGE, ISSUE_TOKENS, FAIL

	}

	/**
	 * What Define answers.
	 *
	 * @param step the next step
	 * @param reason a short word for the log
	 */
	record Decision(Step step, String reason) {
	}

	private final Clock clock;

	ChallengeFlow(Clock clock) {
		this.clock = clock;
	}

	Decision decide(List<Attempt> session, boolean userNotFound) {
		if (session.isEmpty()) {
			return new Decision(Step.CHALLENGE, "start");
		}
		if (!session.stream().allMatch(Attempt::isOurs)) {
			return new Decision(Step.FAIL, "unexpected-challenge");
		}
		Attempt last = session.getLast();
		if (last.correct()) {
			return userNotFound ? new Decision(Step.FAIL, "unknown-user") : new Decision(Step.ISSUE_TOKENS, "correct");
		}
		if (wrongAnswers(session) >= MAX_ATTEMPTS) {
			return new Decision(Step.FAIL, "too-many-attempts");
		}
		boolean expired = CodeChallenge.decode(last.metadata())
			.map((challenge) -> challenge.isExpired(this.clock.instant()))
			.orElse(true);
		if (expired) {
			return new Decision(Step.FAIL, "expired");
		}
		return new Decision(Step.CHALLENGE, "retry");
	}

	static long wrongAnswers(List<Attempt> session) {
		return session.stream().filter((attempt) -> !attempt.correct()).count();
	}

}
