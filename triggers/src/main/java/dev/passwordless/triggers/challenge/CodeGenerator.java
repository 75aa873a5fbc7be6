package dev.passwordless.triggers.challenge;

import java.security.SecureRandom;

/**
 * Makes one-time codes: uniform over all {@code 10^length} values (no modulo bias),
 * zero-padded.
 */
final class CodeGenerator {

	private final SecureRandom random;

	private final int length;

	private final long bound;

	CodeGenerator(SecureRandom random, int length) {
		if (length < 1 || length > 18) {
			throw new IllegalArgumentException("length must be 1-18, was " + length);
		}
		this.random = random;
		this.length = length;
		this.bound = (long) Math.pow(10, length);
	}

	String next() {
		// nextLong(bound) rejects out-of-range draws, so every value is equally likely
		String digits = Long.toString(this.random.nextLong(this.bound));
		return "0".repeat(this.length - digits.length()) + digits;
	}

}
