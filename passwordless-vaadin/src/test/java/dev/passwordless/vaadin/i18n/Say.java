package dev.passwordless.vaadin.i18n;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.passwordless.vaadin.cognito.SignInProblem;

/** A problem in the words a person reads, in one of the sign-in's languages. */
public final class Say {

	private static final PasswordlessI18NProvider PROVIDER = new PasswordlessI18NProvider(
			List.of(Locale.ENGLISH, Locale.GERMAN), List.of());

	private Say() {
	}

	public static String english(SignInProblem problem) {
		return in(Locale.ENGLISH, problem);
	}

	public static String in(Locale language, SignInProblem problem) {
		Object[] arguments = problem.retryAfter()
			.map((wait) -> Stream
				.concat(Stream.of(WaitTime.inWords(wait.toSeconds(),
						(key, count) -> PROVIDER.getTranslation(key, language, count))), Stream.of(problem.arguments()))
				.toArray())
			.orElse(problem.arguments());
		return PROVIDER.getTranslation(problem.key(), language, arguments);
	}

}
