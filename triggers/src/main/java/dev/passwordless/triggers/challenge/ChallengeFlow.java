package dev.passwordless.triggers.challenge;

import java.time.Clock;
import java.util.List;

/**
 * The Define auth challenge state machine. Known and unknown users take the same steps;
 * unknown users can never be issued tokens.
 */
public final class ChallengeFlow {

	/** Wrong answers allowed in one sign-in attempt. */
	public static final int MAX_ATTEMPTS = 3;

	/** What Cognito does next. */
	public enum Step {

		CHALLENGE, ISSUE_TOKENS, FAIL

	}

	/**
	 * What Define answers.
	 *
	 * @param step the next step
	 * @param reason a short word for the log
	 */
	public record Decision(Step step, String reason) {
	}

	private final Clock clock;

	/**
	 * @param clock the time source, for the code's expiry
	 */
	public ChallengeFlow(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Decides the next step.
	 * @param session the rounds so far
	 * @param userNotFound whether Cognito flagged the user as unknown
	 * @return the step and a word for the log
	 */
	public Decision decide(List<ChallengeRound> session, boolean userNotFound) {
		if (session.isEmpty()) {
			return new Decision(Step.CHALLENGE, "start");
		}
		if (!session.stream().allMatch(ChallengeRound::isOurs)) {
			return new Decision(Step.FAIL, "unexpected-challenge");
		}
		ChallengeRound last = session.getLast();
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

	static int wrongAnswers(List<ChallengeRound> session) {
		int wrong = 0;
		for (ChallengeRound round : session) {
			wrong += round.correct() ? 0 : 1;
		}
		return wrong;
	}

}
