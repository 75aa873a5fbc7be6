package dev.passwordless.vaadin.login.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import dev.passwordless.vaadin.cognito.SignInProblem;

/**
 * What a form says that belongs to no single field: a problem, a confirmation, or a wait
 * that counts down. The visible text ({@code #message}) is no live region, so a ticking
 * countdown is not read out every second; screen readers hear each message once, from a
 * polite live region ({@code #announcer}): a countdown when it starts and when it ends.
 * Problems of one field are shown on that field instead, never here too.
 */
public class Notice extends Div {

	private final Paragraph visible = new Paragraph();

	private final Span announcer = new Span();

	private final Clock clock;

	private Instant deadline;

	private LongFunction<String> words;

	private Runnable atZero;

	private Registration ticking;

	public Notice(Clock clock) {
		this.clock = clock;
		this.visible.setId("message");
		this.visible.addClassName("passwordless-message");
		this.announcer.setId("announcer");
		this.announcer.addClassName("passwordless-visually-hidden");
		this.announcer.getElement().setAttribute("aria-live", "polite");
		this.announcer.getElement().setAttribute("role", "status");
		add(this.visible, this.announcer);
	}

	/** A problem. */
	public void error(String text) {
		stop();
		show(text, true);
	}

	/** A confirmation or a hint. */
	public void info(String text) {
		stop();
		show(text, false);
	}

	/**
	 * A wait that counts down every second, e.g. "Please try again in 28 seconds."
	 * @param wait how long
	 * @param words the sentence for a number of seconds left
	 * @param whenOver said and run when the wait is over
	 */
	public void countdown(Duration wait, LongFunction<String> words, String whenOver, Runnable atZero) {
		stop();
		this.deadline = this.clock.instant().plus(wait);
		this.words = words;
		this.atZero = () -> {
			this.visible.setText("");
			this.announcer.setText(whenOver);
			atZero.run();
		};
		show(words.apply(secondsLeft()), true);
		getUI().ifPresent((ui) -> this.ticking = Ticker.everySecond(ui, this::tick));
	}

	/** Says nothing. */
	public void clear() {
		stop();
		this.visible.setText("");
		this.announcer.setText("");
	}

	/** The visible text. */
	public String text() {
		return this.visible.getText();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		if (this.deadline != null && this.ticking == null) {
			this.ticking = Ticker.everySecond(event.getUI(), this::tick);
		}
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.ticking != null) {
			this.ticking.remove();
			this.ticking = null;
		}
	}

	private void tick() {
		if (this.deadline == null) {
			return;
		}
		long left = secondsLeft();
		if (left > 0) {
			this.visible.setText(this.words.apply(left));
			return;
		}
		Runnable done = this.atZero;
		stop();
		done.run();
	}

	private long secondsLeft() {
		return Words.seconds(Math.max(0, Duration.between(this.clock.instant(), this.deadline).toMillis()));
	}

	private void show(String text, boolean problem) {
		this.visible.setText(text);
		this.visible.getElement().getClassList().set("passwordless-message-problem", problem);
		this.announcer.setText(text);
	}

	private void stop() {
		this.deadline = null;
		this.words = null;
		this.atZero = null;
		if (this.ticking != null) {
			this.ticking.remove();
			this.ticking = null;
		}
	}

	/**
	 * Shows a problem once: a problem with the number on its field (through
	 * {@code numberProblem}), a wait as a countdown, anything else here.
	 */
	public void show(SignInProblem problem, Consumer<String> numberProblem) {
		if (problem.kind() == SignInProblem.Kind.INVALID_INPUT) {
			clear();
			numberProblem.accept(Words.of(this, problem));
		}
		else {
			showWait(problem, () -> {
			});
		}
	}

	/** A problem here; a wait counts down, and {@code atZero} runs when it is over. */
	public void showWait(SignInProblem problem, Runnable atZero) {
		if (problem.retryAfter().isPresent()) {
			countdown(problem.retryAfter().get(), (seconds) -> Words.of(this, problem, seconds),
					getTranslation("passwordless.wait.over"), atZero);
		}
		else {
			error(Words.of(this, problem));
		}
	}

}
