package dev.passwordless.vaadin.login.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import dev.passwordless.vaadin.cognito.SignInProblem;

/** Small pieces the sign-in forms share. */
public final class Forms {

	/** The sign-in views' own stylesheet, served from this module's jar. */
	public static final String STYLESHEET = "passwordless/sign-in.css";

	/** The class of the card each sign-in view is. */
	public static final String CARD = "passwordless-card";

	private Forms() {
	}

	/**
	 * A link to another route, followed inside the page like a {@code RouterLink}, for
	 * routes this package must not depend on.
	 */
	public static Anchor routerLink(String route, String text) {
		Anchor link = new Anchor(route, text);
		link.getElement().setAttribute("router-link", true);
		return link;
	}

	/**
	 * Shows a problem once: a problem with the number on its field, a wait as a
	 * countdown, anything else in the notice.
	 */
	public static void show(Component page, SignInProblem problem, Notice notice, Consumer<String> numberProblem) {
		if (problem.kind() == SignInProblem.Kind.INVALID_INPUT) {
			notice.clear();
			numberProblem.accept(Words.of(page, problem));
		}
		else {
			wait(page, problem, notice, () -> {
			});
		}
	}

	/**
	 * A problem in the notice; a wait counts down, and {@code atZero} runs when it is
	 * over.
	 */
	public static void wait(Component page, SignInProblem problem, Notice notice, Runnable atZero) {
		if (problem.retryAfter().isPresent()) {
			notice.countdown(problem.retryAfter().get(), (seconds) -> Words.of(page, problem, seconds),
					page.getTranslation("passwordless.wait.over"), atZero);
		}
		else {
			notice.error(Words.of(page, problem));
		}
	}

}
