package dev.passwordless.vaadin.login;

/**
 * What the code step shows: the masked number, the code length, and how long until a new
 * code may be asked for.
 *
 * @param maskedPhone where the code went
 * @param codeLength digits expected
 * @param attemptsLeft answers left
 * @param resendInSeconds seconds until "send a new code" is offered (0: now)
 */
public record SignInStep(String maskedPhone, int codeLength, int attemptsLeft, long resendInSeconds) {
}
