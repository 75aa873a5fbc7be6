package dev.passwordless.vaadin.login.ui;

import java.time.Clock;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.passwordless.vaadin.cognito.CognitoPasskeys;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.PasskeySignIn;
import dev.passwordless.vaadin.login.PasskeysProperties;
import dev.passwordless.vaadin.login.PasswordlessLoginService;
import dev.passwordless.vaadin.login.PasswordlessProperties;
import dev.passwordless.vaadin.login.SignUpMode;
import dev.passwordless.vaadin.login.SignInStep;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.SignInRoutes;
import dev.passwordless.vaadin.security.SignInTarget;

/**
 * Sign in with the phone number alone. A browser that still has a valid code is offered
 * to enter it; the number last typed stays in the field.
 */
@Route(value = SignInRoutes.LOGIN, registerAtStartup = false)
@AnonymousAllowed
@StyleSheet(SignInPages.STYLESHEET)
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final PasswordlessLoginService service;

	private final PasskeySignIn passkeys;

	private final AuthenticationContext authentication;

	private final SignInTarget target;

	private final PhoneField phone;

	private final Notice notice;

	private final Div resume = new Div();

	LoginView(PasswordlessLoginService service, AuthenticationContext authentication, SignInTarget target,
			PasswordlessProperties properties, Clock clock, PasskeySignIn passkeys,
			PasskeysProperties passkeySettings) {
		this.service = service;
		this.passkeys = passkeys;
		this.authentication = authentication;
		this.target = target;
		this.phone = new PhoneField(properties.defaultCountry(), properties.allowedCountries());
		this.notice = new Notice(clock);
		addClassName(SignInPages.CARD);
		Button send = new Button(getTranslation("passwordless.login.send"), (click) -> send());
		send.setId("send-code");
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		send.addClickShortcut(Key.ENTER);
		send.setDisableOnClick(true);
		send.addClickListener((click) -> send.setEnabled(true));
		this.resume.setId("resume");
		add(new H1(getTitle()), new Paragraph(getTranslation("passwordless.login.intro")), this.resume, this.phone,
				send);
		if (passkeySettings.enabled()) {
			Button passkey = new Button(getTranslation("passwordless.login.with-passkey"),
					(click) -> signInWithPasskey());
			passkey.setId("sign-in-with-passkey");
			passkey.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			add(passkey);
		}
		add(this.notice);
		if (properties.signUp() == SignUpMode.OPEN) {
			add(new Paragraph(
					SignInPages.routerLink(SignInRoutes.REGISTER, getTranslation("passwordless.login.to-register"))));
		}
		add(new LanguageSwitch());
		service.lastNumber().ifPresent(this.phone::setValue);
		service.codeStillValid().ifPresent(this::offerCode);
		this.phone.focus();
	}

	@Override
	public String getPageTitle() {
		return getTitle();
	}

	/**
	 * Someone already signed in goes where a sign-in would have taken them; someone whose
	 * sign-in could not be completed is told so, and so is someone who just signed out,
	 * or whose remember-me cookie was used by someone else (every device signed out).
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.authentication.getAuthenticatedUser(CognitoUser.class)
			.ifPresentOrElse((user) -> event.forwardToUrl(this.target.location(user)), () -> {
				var parameters = event.getLocation().getQueryParameters().getParameters();
				if (parameters.containsKey(SignInRoutes.NOT_COMPLETED)) {
					this.notice.error(getTranslation("passwordless.login.not-completed"));
				}
				else if (parameters.containsKey(SignInRoutes.SIGN_IN_AGAIN)) {
					this.notice.error(getTranslation("passwordless.login.sign-in-again"));
				}
				else if (parameters.containsKey(SignInRoutes.NOT_YOURS)) {
					this.notice.info(getTranslation("passwordless.login.not-yours"));
				}
				else if (parameters.containsKey(SignInRoutes.ACCOUNT_DELETED)) {
					this.notice.info(getTranslation("passwordless.login.account-deleted"));
				}
				else if (parameters.containsKey(SignInRoutes.SIGNED_OUT)) {
					this.notice.info(getTranslation("passwordless.login.signed-out"));
				}
			});
	}

	private String getTitle() {
		return getTranslation("passwordless.login.title");
	}

	private void send() {
		try {
			SignInStep step = this.service.requestCode(this.phone.value());
			LoginNavigation.toCode(step.alreadySent());
		}
		catch (SignInProblem problem) {
			this.notice.show(problem, this.phone::showError);
		}
	}

	/**
	 * A passkey for the number typed: the browser's ceremony with the options Cognito
	 * gave, then the same completion as a code's. Whatever goes wrong leaves the person
	 * here with the number in the field, one sentence, and "Send code" as before.
	 */
	private void signInWithPasskey() {
		String options;
		try {
			VaadinServletRequest request = VaadinServletRequest.getCurrent();
			options = this.passkeys.begin(this.phone.value(),
					(request != null) ? request.getServerName() : "localhost");
		}
		catch (SignInProblem problem) {
			this.notice.show(problem, this.phone::showError);
			return;
		}
		this.notice.clear();
		PasskeyCeremony.get(UI.getCurrent(), options, (answer) -> {
			if (PasskeyCeremony.failed(answer)) {
				this.passkeys.abandoned();
				this.notice.error(getTranslation(CognitoPasskeys.FAILED));
				return;
			}
			try {
				LoginNavigation.completeSignIn(this.passkeys.finish(answer, false));
			}
			catch (SignInProblem problem) {
				this.notice.showWait(problem, () -> {
				});
			}
		});
	}

	private void offerCode(SignInStep step) {
		Button enter = new Button(getTranslation("passwordless.login.enter-code"),
				(click) -> LoginNavigation.toCode(false));
		enter.setId("enter-code");
		enter.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		this.resume.add(new Paragraph(getTranslation("passwordless.login.code-waiting", step.phoneNumber())), enter);
		this.resume.addClassName("passwordless-resume");
	}

}
