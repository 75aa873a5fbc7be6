package dev.passwordless.triggers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.rules.PhoneMask;

/**
 * Create and Verify auth challenge, without AWS types: one code per sign-in attempt, sent
 * once, reused by later rounds of the same session, checked in constant time.
 */
final class CodeChallenges {

	/** The private parameter that carries the encoded {@link CodeChallenge} to Verify. */
	static final String PRIVATE_CHALLENGE = "challenge";

	/**
	 * What Create answers.
	 *
	 * @param publicParameters sent to the client
	 * @param privateParameters passed to Verify only
	 * @param metadata kept in the session history for the next rounds
	 * @param outcome a short word for the log
	 */
	record Created(Map<String, String> publicParameters, Map<String, String> privateParameters, String metadata,
			String outcome) {
	}

	private final TriggerSettings settings;

	private final SmsSender sms;

	private final SendGuard guard;

	private final SmsText text;

	private final Clock clock;

	private final SecureRandom random;

	private final CodeGenerator codes;

	/**
	 * @param settings the checked settings
	 * @param sms where codes go
	 * @param guard the limits checked before each SMS; null only for Verify, which sends
	 * nothing
	 * @param clock the time source
	 * @param random the source of codes and salts
	 */
	CodeChallenges(TriggerSettings settings, SmsSender sms, SendGuard guard, Clock clock, SecureRandom random) {
		this.settings = settings;
		this.sms = sms;
		this.guard = guard;
		this.text = new SmsText(settings);
		this.clock = clock;
		this.random = random;
		this.codes = new CodeGenerator(random, settings.codeLength());
	}

	/**
	 * Creates the challenge for one round.
	 * @param userName Cognito's internal user name
	 * @param phoneNumber the user's number, null for unknown users
	 * @param userNotFound whether Cognito flagged the user as unknown
	 * @param session the rounds so far
	 * @return the challenge
	 * @throws SmsDeliveryException when the code could not be sent
	 * @throws SmsRefusedException when a limit keeps the code from being sent
	 */
	Created create(String userName, String phoneNumber, boolean userNotFound, List<Attempt> session) {
		int attemptsLeft = (int) (ChallengeFlow.MAX_ATTEMPTS - ChallengeFlow.wrongAnswers(session));
		boolean known = !userNotFound && phoneNumber != null;
		String maskedPhone = known ? PhoneMask.mask(phoneNumber) : decoyMask(userName);
		Optional<CodeChallenge> earlier = session.reversed()
			.stream()
			.map((attempt) -> CodeChallenge.decode(attempt.metadata()))
			.flatMap(Optional::stream)
			.findFirst();
		if (earlier.isPresent()) {
			return created(earlier.get(), maskedPhone, attemptsLeft, "code-reused");
		}
		Instant expiresAt = this.clock.instant().plus(this.settings.codeTtl());
		if (!known) {
			this.guard.admitUnknown();
			return created(CodeChallenge.decoy(expiresAt, this.random), maskedPhone, attemptsLeft, "decoy");
		}
		if (this.settings.isTestNumber(phoneNumber)) {
			// fiction-range number: the configured code, no SMS, no limits
			return created(
					CodeChallenge.issue(userName, this.settings.testCode().orElseThrow(), expiresAt, this.random),
					maskedPhone, attemptsLeft, "test-number");
		}
		this.guard.admit(phoneNumber);
		String code = this.codes.next();
		CodeChallenge challenge = CodeChallenge.issue(userName, code, expiresAt, this.random);
		this.sms.send(phoneNumber, this.text.render(code));
		return created(challenge, maskedPhone, attemptsLeft, "code-sent");
	}

	/**
	 * Checks an answer. Anything that is not exactly the expected number of ASCII digits
	 * (after trimming), an expired code, an unknown user or a missing challenge is simply
	 * wrong.
	 * @param userName Cognito's internal user name
	 * @param privateParameters what Create stored for Verify
	 * @param answer what the user typed, possibly null
	 * @param userNotFound whether Cognito flagged the user as unknown
	 * @return whether the answer is right
	 */
	boolean verify(String userName, Map<String, String> privateParameters, String answer, boolean userNotFound) {
		if (userNotFound || answer == null || privateParameters == null) {
			return false;
		}
		String code = trim(answer);
		if (!isDigits(code, this.settings.codeLength())) {
			return false;
		}
		return CodeChallenge.decode(privateParameters.get(PRIVATE_CHALLENGE))
			.filter((challenge) -> !challenge.isExpired(this.clock.instant()))
			.map((challenge) -> challenge.matches(userName, code))
			.orElse(false);
	}

	private Created created(CodeChallenge challenge, String maskedPhone, int attemptsLeft, String outcome) {
		Map<String, String> publicParameters = Map.of(ChallengeParameters.PHONE, maskedPhone,
				ChallengeParameters.CODE_LENGTH, Integer.toString(this.settings.codeLength()),
				ChallengeParameters.EXPIRES_AT, Long.toString(challenge.expiresAt().getEpochSecond()),
				ChallengeParameters.ATTEMPTS_LEFT, Integer.toString(attemptsLeft));
		String encoded = challenge.encode();
		return new Created(publicParameters, Map.of(PRIVATE_CHALLENGE, encoded), encoded, outcome);
	}

	/** Strips all kinds of spaces people paste, the no-break ones included. */
	private static String trim(String answer) {
		int start = 0;
		int end = answer.length();
		while (start < end && isSpace(answer.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(answer.charAt(end - 1))) {
			end--;
		}
		return answer.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean isDigits(String value, int length) {
		if (value.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * A stable, plausible mask for a user that does not exist, so the shape gives nothing
	 * away.
	 */
	private static String decoyMask(String userName) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(userName).getBytes(StandardCharsets.UTF_8));
			int digits = ((digest[0] & 0xff) << 8 | (digest[1] & 0xff)) % 10_000;
			return PhoneMask.mask("+1555555" + String.format("%04d", digits));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
