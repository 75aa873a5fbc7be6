package dev.passwordless.triggers.snapstart;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntropyTest {

	@Test
	void renewWhenRestoredThenTheGeneratorIsAFreshOne() {
		List<SecureRandom> made = new ArrayList<>();
		Entropy entropy = new Entropy(() -> {
			SecureRandom random = new SecureRandom();
			made.add(random);
			return random;
		});
		SecureRandom beforeTheSnapshot = entropy.get();
		entropy.renew();
		assertThat(entropy.get()).isNotSameAs(beforeTheSnapshot).isSameAs(made.getLast());
		assertThat(made).hasSize(2);
	}

	@Test
	void getWhenNotRenewedThenAlwaysTheSameGenerator() {
		Entropy entropy = new Entropy();
		assertThat(entropy.get()).isSameAs(entropy.get());
	}

	@Test
	void fixedWhenRenewedThenKeepsTheGeneratorItWasGiven() {
		SecureRandom random = new SecureRandom();
		Entropy entropy = Entropy.fixed(random);
		entropy.renew();
		assertThat(entropy.get()).isSameAs(random);
	}

}
