package dev.passwordless.triggers.challenge;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Makes one-time codes: uniform over all {@code 10^length} values (no modulo bias),
 * zero-padded.
 */
final class CodeGenerator {

	private final Supplier<? extends SecureRandom> random;

	private final int length;

	private final long bound;

	CodeGenerator(SecureRandom random, int length) {
		this(() -> random, length);
	}

	/**
	 * @param random asked for the generator at each code (it is renewed after a SnapStart
	 * restore)
	 * @param length digits per code
	 */
	CodeGenerator(Supplier<? extends SecureRandom> random, int length) {
		if (length < 1 || length > 18) {
			throw new IllegalArgumentException("length must be 1-18, was " + length);
		}
		this.random = random;
		this.length = length;
		this.bound = (long) Math.pow(10, length);
	}

	String next() {
		// nextLong(bound) rejects out-of-range draws, so every value is equally likely
		String digits = Long.toString(this.random.get().nextLong(this.bound));
		return "0".repeat(this.length - digits.length()) + digits;
	}

}
