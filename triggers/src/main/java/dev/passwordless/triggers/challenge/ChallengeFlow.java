package dev.passwordless.triggers.challenge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The Define auth challenge state machine. Known and unknown users take the same steps;
 * unknown users can never be issued tokens.
 *
 * <p>
 * A number change (decision 005) is a sign-in whose code went to the new number
 * ({@link NewNumberCode}, offered by Pre authentication): tokens only after that code is
 * right, and only for an answer that names the number it went to. An answer that names a
 * change is never enough after a code to the current number: the number it names was not
 * proved.
 *
 * @see "docs/decisions/005-number-change-with-one-code.md"
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
	 * Decides the next step of an ordinary sign-in.
	 * @param session the rounds so far
	 * @param userNotFound whether Cognito flagged the user as unknown
	 * @return the step and a word for the log
	 */
	public Decision decide(List<ChallengeRound> session, boolean userNotFound) {
		return decide(session, userNotFound, Optional.empty());
	}

	/**
	 * Decides the next step.
	 * @param session the rounds so far
	 * @param userNotFound whether Cognito flagged the user as unknown
	 * @param change the number change this answer's client metadata asks for, if any
	 * @return the step and a word for the log
	 */
	public Decision decide(List<ChallengeRound> session, boolean userNotFound, Optional<NumberChange> change) {
		if (session.isEmpty()) {
			return new Decision(Step.CHALLENGE, "start");
		}
		if (!session.stream().allMatch(ChallengeRound::isOurs)) {
			return new Decision(Step.FAIL, "unexpected-challenge");
		}
		ChallengeRound last = session.getLast();
		Optional<NewNumberCode> toNewNumber = NewNumberCode.decode(last.metadata());
		if (!change.map(NumberChange::newPhoneNumber).equals(toNewNumber.map(NewNumberCode::newPhoneNumber))) {
			// the code went to another number than the one this answer names, or to the
			// current number while the answer names a change, or to a new number while
			// the answer names none: no tokens, no change
			return new Decision(Step.FAIL, "number-mismatch");
		}
		if (last.correct()) {
			if (userNotFound) {
				return new Decision(Step.FAIL, "unknown-user");
			}
			return new Decision(Step.ISSUE_TOKENS, toNewNumber.isPresent() ? "new-number-correct" : "correct");
		}
		if (wrongAnswers(session) >= MAX_ATTEMPTS) {
			return new Decision(Step.FAIL, "too-many-attempts");
		}
		boolean expired = toNewNumber.map(NewNumberCode::code)
			.or(() -> CodeChallenge.decode(last.metadata()))
			.map((challenge) -> challenge.isExpired(this.clock.instant()))
			.orElse(true);
		if (expired) {
			return new Decision(Step.FAIL, "expired");
		}
		return new Decision(Step.CHALLENGE, "retry");
	}

	/**
	 * The number change a session's rounds went to, if they did: its first round's new
	 * number ({@link NewNumberCode}).
	 */
	public static Optional<NumberChange> changingTo(List<ChallengeRound> session) {
		return session.isEmpty() ? Optional.empty() : NewNumberCode.decode(session.getFirst().metadata())
			.map((code) -> new NumberChange(code.newPhoneNumber()));
	}

	static int wrongAnswers(List<ChallengeRound> session) {
		int wrong = 0;
		for (ChallengeRound round : session) {
			wrong += round.correct() ? 0 : 1;
		}
		return wrong;
	}

}
