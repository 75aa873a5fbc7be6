package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.PasswordlessLoginService;
import dev.passwordless.vaadin.login.SignInStep;
import dev.passwordless.vaadin.security.SignInRoutes;

/** Enter the code from the SMS; ask for a new one after a countdown. */
@Route(value = CodeEntryView.PATH, registerAtStartup = false)
@PageTitle("Enter your code")
@AnonymousAllowed
@StyleSheet(Forms.STYLESHEET)
public class CodeEntryView extends VerticalLayout implements BeforeEnterObserver {

	/** The route. */
	public static final String PATH = "code";

	private final PasswordlessLoginService service;

	private final Paragraph sentTo = new Paragraph();

	private final TextField code = new TextField("Code");

	private final Paragraph message = Forms.message();

	private final Button resend = new Button("Send a new code");

	private final Span countdown = new Span();

	private long resendIn;

	private Registration polling;

	CodeEntryView(PasswordlessLoginService service, CognitoPool pool) {
		this.service = service;
		addClassName(Forms.CARD);
		this.sentTo.setId("sent-to");
		this.code.setId("code");
		this.code.setRequiredIndicatorVisible(true);
		this.code.setAllowedCharPattern("[0-9]");
		// the numeric keyboard and SMS autofill; the web component passes both on to its
		// input
		this.code.getElement().setProperty("autocomplete", "one-time-code");
		this.code.getElement().setAttribute("inputmode", "numeric");
		this.code.setWidthFull();
		Button signIn = new Button("Sign in", (click) -> submit());
		signIn.setId("sign-in");
		signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		signIn.addClickShortcut(Key.ENTER);
		this.resend.setId("resend");
		this.resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.resend.addClickListener((click) -> resend());
		this.countdown.setId("resend-countdown");
		Button otherNumber = new Button("Use a different number", (click) -> {
			service.cancel();
			LoginNavigation.toLogin();
		});
		otherNumber.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add(new H1("Enter your code"), this.sentTo, this.code, signIn, this.message, this.resend, this.countdown,
				otherNumber);
		if (pool.local()) {
			Anchor inbox = new Anchor(SignInRoutes.DEV_SMS_INBOX, "Open the development SMS inbox");
			inbox.setId("sms-inbox-link");
			inbox.setTarget("_blank");
			add(new Paragraph(inbox));
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.service.currentStep().ifPresentOrElse(this::show, () -> event.forwardTo(LoginView.class));
	}

	@Override
	protected void onAttach(AttachEvent event) {
		// a poll a second moves the resend countdown
		UI ui = event.getUI();
		ui.setPollInterval(1000);
		this.polling = ui.addPollListener((poll) -> tick());
		this.code.focus();
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
		if (this.polling != null) {
			this.polling.remove();
		}
	}

	private void show(SignInStep step) {
		this.sentTo.setText("We sent a code to " + step.maskedPhone() + ".");
		this.code.setMaxLength(step.codeLength());
		this.code.setPlaceholder("•".repeat(step.codeLength()));
		this.resendIn = step.resendInSeconds();
		updateCountdown();
	}

	private void submit() {
		try {
			LoginNavigation.completeSignIn(this.service.submitCode(this.code.getValue(), Forms.clientAddress()));
		}
		catch (SignInProblem problem) {
			this.code.clear();
			this.code.setInvalid(true);
			this.code.setErrorMessage(problem.getMessage());
			this.message.setText(problem.getMessage());
			if (problem.kind() != SignInProblem.Kind.INVALID_INPUT
					&& problem.kind() != SignInProblem.Kind.RATE_LIMITED) {
				// the sign-in is over (too many attempts, expired): only a new code helps
				this.resendIn = 0;
				this.code.setEnabled(false);
				this.resend.setText("Request a new code");
				updateCountdown();
			}
		}
	}

	private void resend() {
		try {
			this.service.resend(Forms.clientAddress());
			this.message.setText("We sent you a new code.");
			this.code.setEnabled(true);
			this.code.setInvalid(false);
			this.service.currentStep().ifPresent(this::show);
		}
		catch (SignInProblem problem) {
			if (problem.kind() == SignInProblem.Kind.SESSION_EXPIRED) {
				LoginNavigation.toLogin();
				return;
			}
			this.message.setText(problem.getMessage());
		}
	}

	private void tick() {
		if (this.resendIn > 0) {
			// the wait is the service's, read from the app's clock on every poll
			this.resendIn = this.service.currentStep().map(SignInStep::resendInSeconds).orElse(0L);
			updateCountdown();
		}
	}

	private void updateCountdown() {
		this.resend.setEnabled(this.resendIn == 0);
		this.countdown.setText((this.resendIn > 0) ? "You can ask for a new code in " + this.resendIn + " s." : "");
	}

}
