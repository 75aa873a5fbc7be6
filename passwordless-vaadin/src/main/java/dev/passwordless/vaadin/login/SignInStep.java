package dev.passwordless.vaadin.login;

/**
 * What the code step shows: the number the code went to, the code length, and how long
 * until a new code may be asked for.
 *
 * @param phoneNumber where the code went, in full and formatted (the person typed it)
 * @param codeLength digits expected
 * @param attemptsLeft answers left
 * @param resendInSeconds seconds until "send a new code" is offered (0: now)
 * @param over whether this code can no longer be used (too many wrong codes, too late):
 * only a new code helps
 * @param alreadySent whether the number was asked for again while its code was still
 * valid, so no new code was sent
 */
public record SignInStep(String phoneNumber, int codeLength, int attemptsLeft, long resendInSeconds, boolean over,
		boolean alreadySent) {
}
