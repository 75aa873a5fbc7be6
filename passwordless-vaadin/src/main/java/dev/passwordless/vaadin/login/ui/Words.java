package dev.passwordless.vaadin.login.ui;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.i18n.WaitTime;

/** Problems and waits in the words of the page's language. */
public final class Words {

	private Words() {
	}

	/** The problem as a sentence; a wait it carries is said as it is now. */
	public static String of(Component page, SignInProblem problem, long secondsLeft) {
		Object[] arguments = problem.retryAfter().isPresent()
				? Stream.concat(Stream.of(wait(page, secondsLeft)), Stream.of(problem.arguments())).toArray()
				: problem.arguments();
		return page.getTranslation(problem.key(), arguments);
	}

	/** The problem as a sentence, with the whole wait it carries. */
	public static String of(Component page, SignInProblem problem) {
		return of(page, problem, problem.retryAfter().map((wait) -> seconds(wait.toMillis())).orElse(0L));
	}

	/** "30 seconds", "5 minutes", "14 hours" in the page's language. */
	public static String wait(Component page, long seconds) {
		return WaitTime.inWords(seconds, (key, count) -> page.getTranslation(key, count));
	}

	/** Milliseconds rounded up to whole seconds. */
	static long seconds(long millis) {
		return (millis + 999) / 1000;
	}

}
