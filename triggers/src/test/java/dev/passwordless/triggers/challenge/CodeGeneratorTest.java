package dev.passwordless.triggers.challenge;

import java.security.SecureRandom;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CodeGeneratorTest {

	/** Chi-square critical value for 999 degrees of freedom at p = 0.0001. */
	private static final double CRITICAL_999 = 1_186;

	@ParameterizedTest
	@ValueSource(ints = { 6, 7, 8, 9, 10 })
	void nextWhenLengthIsConfiguredThenAlwaysThatManyAsciiDigits(int length) {
		CodeGenerator generator = new CodeGenerator(new SecureRandom(), length);
		for (int i = 0; i < 1_000; i++) {
			assertThat(generator.next()).hasSize(length).matches("[0-9]+");
		}
	}

	@Test
	void nextWhenRandomValueIsSmallThenZeroPadded() {
		assertThat(new CodeGenerator(fixed(7), 6).next()).isEqualTo("000007");
		assertThat(new CodeGenerator(fixed(0), 10).next()).isEqualTo("0000000000");
		assertThat(new CodeGenerator(fixed(9_999_999_999L), 10).next()).isEqualTo("9999999999");
	}

	@Test
	void nextWhenSampledAtLengthThenUniformOverAllValues() {
		CodeGenerator generator = new CodeGenerator(new SecureRandom(), 6);
		assertThat(chiSquare(() -> Long.parseLong(generator.next()), 1_000_000)).isLessThan(CRITICAL_999);
	}

	@Test
	void nextWhenEachPositionIsSampledThenEveryDigitIsEquallyLikely() {
		CodeGenerator generator = new CodeGenerator(new SecureRandom(), 10);
		long[][] counts = new long[10][10];
		int samples = 200_000;
		for (int i = 0; i < samples; i++) {
			String code = generator.next();
			for (int position = 0; position < 10; position++) {
				counts[position][code.charAt(position) - '0']++;
			}
		}
		for (long[] position : counts) {
			double chi = 0;
			for (long count : position) {
				chi += Math.pow(count - samples / 10.0, 2) / (samples / 10.0);
			}
			// 9 degrees of freedom, p = 0.0001
			assertThat(chi).isLessThan(33.7);
		}
	}

	@Test
	void uniformityCheckWhenGeneratorIsBiasedThenDetectsIt() {
		// a classic mistake: a 20-bit draw reduced modulo 10^6 favours the low values
		SecureRandom random = new SecureRandom();
		assertThat(chiSquare(() -> random.nextInt(1 << 20) % 1_000_000, 1_000_000)).isGreaterThan(CRITICAL_999);
	}

	/** Chi-square of code values over 1000 equal buckets of the 10^6 range. */
	private static double chiSquare(LongSupplier codes, int samples) {
		long[] buckets = new long[1_000];
		for (int i = 0; i < samples; i++) {
			buckets[(int) (codes.getAsLong() / 1_000)]++;
		}
		double expected = samples / 1_000.0;
		double chi = 0;
		for (long count : buckets) {
			chi += (count - expected) * (count - expected) / expected;
		}
		return chi;
	}

	private static SecureRandom fixed(long value) {
		return new SecureRandom() {
			@Override
			public long nextLong(long bound) {
				return value;
			}
		};
	}

}
