package dev.passwordless.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The launcher's training run in-process, on any JDK: a call the pool refuses would end
 * it, and the launcher would then start without its cache every time ({@code LauncherIT}
 * runs the launcher itself on JDK 25).
 */
class StartUpTrainingIT {

	@Test
	void trainWhenTheClientHasASecretByDefaultThenEveryCallIsAnswered() {
		assertThatNoException().isThrownBy(() -> StartUpTraining.train(2));
	}

}
