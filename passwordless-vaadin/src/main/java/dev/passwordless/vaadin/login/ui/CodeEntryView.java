package dev.passwordless.vaadin.login.ui;

import java.time.Clock;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.PasskeysProperties;
import dev.passwordless.vaadin.login.PasswordlessLoginService;
import dev.passwordless.vaadin.login.SignInStep;
import dev.passwordless.vaadin.security.SignInRoutes;

/**
 * Enter the code from the SMS, typed or pasted in any form (it submits itself when
 * complete); the number it went to, in full, with a way to correct it; a new code after a
 * countdown, also after the code is spent. A signed-in person asked to confirm it is them
 * ({@link StepUp}) sees the same step for their own number, without "edit" and "stay
 * signed in".
 */
@Route(value = CodeEntryView.PATH, registerAtStartup = false)
@AnonymousAllowed
@StyleSheet(SignInPages.STYLESHEET)
public class CodeEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The route. */
	public static final String PATH = "code";

	private final PasswordlessLoginService service;

	private final Paragraph sentTo = new Paragraph();

	private final CodeField code = new CodeField(this::submit, () -> this.codeLength);

	private final Button signIn = new Button();

	private final Notice notice;

	private final Button resend = new Button();

	/** Off by default: on a shared computer the next person must not be signed in. */
	private final Checkbox staySignedIn = new Checkbox(false);

	private final Span countdown = new Span();

	private final Paragraph editNumber;

	private final Paragraph stepUp = new Paragraph();

	private int codeLength = 6;

	private long resendIn;

	private boolean completing;

	private Registration ticking;

	CodeEntryView(PasswordlessLoginService service, CognitoPool pool, Clock clock, PasskeysProperties passkeys) {
		this.service = service;
		if (passkeys.enabled()) {
			// whether to offer a passkey once the code signs in: only where this device
			// can make one with its own screen lock
			PasskeyCeremony.askPlatformAuthenticator(UI.getCurrent());
		}
		this.notice = new Notice(clock);
		addClassName(SignInPages.CARD);
		this.sentTo.setId("sent-to");
		Button edit = new Button(getTranslation("passwordless.code.edit-number"), (click) -> LoginNavigation.toLogin());
		edit.setId("edit-number");
		edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		this.staySignedIn.setLabel(getTranslation("passwordless.code.stay-signed-in"));
		this.staySignedIn.setId("stay-signed-in");
		this.staySignedIn.setHelperText(getTranslation("passwordless.code.stay-signed-in-hint"));
		this.signIn.setText(getTranslation("passwordless.code.sign-in"));
		this.signIn.addClickListener((click) -> submit());
		this.signIn.setId("sign-in");
		this.signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.signIn.addClickShortcut(Key.ENTER);
		this.resend.setText(getTranslation("passwordless.code.resend"));
		this.resend.setId("resend");
		this.resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.resend.addClickListener((click) -> resend());
		this.countdown.setId("resend-countdown");
		// the choice comes before the code: a pasted or autofilled code submits itself
		this.editNumber = new Paragraph(edit);
		this.stepUp.setId("step-up");
		this.stepUp.setVisible(false);
		add(new H1(getPageTitle()), this.stepUp, this.sentTo, this.editNumber, this.staySignedIn, this.code,
				this.signIn, this.notice, this.resend, this.countdown);
		if (pool.embedded()) {
			Anchor inbox = new Anchor(SignInRoutes.DEV_SMS_INBOX, getTranslation("passwordless.code.dev-inbox"));
			inbox.setId("sms-inbox-link");
			inbox.setTarget("_blank");
			add(new Paragraph(inbox));
		}
		add(new LanguageSwitch());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("passwordless.code.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		boolean alreadySent = parameters.containsKey(LoginNavigation.ALREADY_SENT);
		if (parameters.containsKey(LoginNavigation.STEP_UP)) {
			// a signed-in person confirms it is them: their own number, this session only
			this.stepUp.setText(getTranslation("passwordless.code.step-up"));
			this.stepUp.setVisible(true);
			this.editNumber.setVisible(false);
			this.staySignedIn.setVisible(false);
			this.signIn.setText(getTranslation("passwordless.code.confirm"));
		}
		this.service.currentStep().ifPresentOrElse((step) -> {
			show(step);
			if (step.over()) {
				spent(getTranslation("passwordless.code.spent"));
			}
			else if (alreadySent) {
				this.notice.info(getTranslation("passwordless.code.already-sent"));
			}
		}, () -> event.forwardTo(LoginView.class));
	}

	@Override
	protected void onAttach(AttachEvent event) {
		// the resend countdown moves once a second, on the app's clock
		this.ticking = Ticker.everySecond(event.getUI(), this::tick);
		if (this.code.isEnabled()) {
			this.code.focus();
		}
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.ticking != null) {
			this.ticking.remove();
			this.ticking = null;
		}
	}

	private void show(SignInStep step) {
		this.sentTo.setText(getTranslation("passwordless.code.sent-to", step.phoneNumber()));
		this.codeLength = step.codeLength();
		this.code.setHelperText(getTranslation("passwordless.code.helper", step.codeLength()));
		this.resendIn = step.resendInSeconds();
		updateCountdown();
	}

	private void submit() {
		// the complete code and Enter can arrive in one round trip: one answer to
		// Cognito,
		// and the second call finds a sign-in already completed or an emptied field
		if (this.completing || (this.code.isInvalid() && this.code.getValue().isBlank())) {
			return;
		}
		try {
			String location = this.service.submitCode(this.code.getValue(), this.staySignedIn.getValue());
			this.completing = true;
			LoginNavigation.completeSignIn(location);
		}
		catch (SignInProblem problem) {
			this.code.clear();
			switch (problem.kind()) {
				case INVALID_INPUT -> {
					this.notice.clear();
					this.code.setErrorMessage(Words.of(this, problem));
					this.code.setInvalid(true);
					this.code.focus();
				}
				case RATE_LIMITED, UNAVAILABLE -> this.notice.showWait(problem, () -> {
				});
				default -> {
					// the code is spent (too many wrong codes, too late): only a new one
					// helps
					spent(Words.of(this, problem));
					this.resendIn = this.service.currentStep().map(SignInStep::resendInSeconds).orElse(0L);
					updateCountdown();
				}
			}
		}
	}

	/** No more answers to this code: both the field and its button say so. */
	private void spent(String why) {
		this.code.setInvalid(false);
		this.code.setEnabled(false);
		this.signIn.setEnabled(false);
		this.notice.error(why);
		this.resend.focus();
	}

	private void resend() {
		try {
			this.service.resend();
			this.notice.info(getTranslation("passwordless.code.resent"));
			this.code.setEnabled(true);
			this.signIn.setEnabled(true);
			this.code.setInvalid(false);
			this.service.currentStep().ifPresent(this::show);
			this.code.focus();
		}
		catch (SignInProblem problem) {
			if (problem.kind() == SignInProblem.Kind.SESSION_EXPIRED) {
				LoginNavigation.toLogin();
				return;
			}
			this.resend.setEnabled(false);
			this.notice.showWait(problem, () -> this.resend.setEnabled(true));
		}
	}

	private void tick() {
		if (this.resendIn > 0) {
			// the wait is the service's, read from the app's clock on every poll
			this.resendIn = this.service.currentStep().map(SignInStep::resendInSeconds).orElse(0L);
			updateCountdown();
			if (this.resendIn == 0) {
				this.notice.info(getTranslation("passwordless.code.resend-now"));
			}
		}
	}

	private void updateCountdown() {
		this.resend.setEnabled(this.resendIn == 0);
		this.countdown.setText((this.resendIn > 0) ? getTranslation("passwordless.code.resend-in", this.resendIn) : "");
	}

}
