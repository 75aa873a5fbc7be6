package dev.passwordless.vaadin.registration.ui;

import java.time.Clock;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.PasswordlessLoginService;
import dev.passwordless.vaadin.login.PasswordlessProperties;
import dev.passwordless.vaadin.login.SignUpMode;
import dev.passwordless.vaadin.login.ui.SignInPages;
import dev.passwordless.vaadin.login.ui.LanguageSwitch;
import dev.passwordless.vaadin.login.ui.LoginNavigation;
import dev.passwordless.vaadin.login.ui.LoginView;
import dev.passwordless.vaadin.login.ui.Notice;
import dev.passwordless.vaadin.login.ui.PhoneField;
import dev.passwordless.vaadin.login.ui.Words;
import dev.passwordless.vaadin.security.SignInRoutes;

/**
 * Register with a full name and a phone number; the first code signs you in. Both fields
 * are checked at once, each problem shown on its field. When registration is by
 * invitation ({@code passwordless.sign-up=invite-only}, or a pool that refuses sign-up)
 * the page says so and whom to ask, and sends nothing.
 */
@Route(value = SignInRoutes.REGISTER, registerAtStartup = false)
@AnonymousAllowed
@StyleSheet(SignInPages.STYLESHEET)
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

	private final PasswordlessLoginService service;

	private final TextField name = new TextField();

	private final PhoneField phone;

	private final Notice notice;

	private final String contact;

	RegisterView(PasswordlessLoginService service, PasswordlessProperties properties, Clock clock) {
		this.service = service;
		this.phone = new PhoneField(properties.defaultCountry(), properties.allowedCountries());
		this.notice = new Notice(clock);
		this.contact = properties.signUpContact();
		addClassName(SignInPages.CARD);
		if (properties.signUp() == SignUpMode.INVITE_ONLY) {
			byInvitation();
			return;
		}
		this.name.setLabel(getTranslation("passwordless.register.name"));
		this.name.setId("name");
		this.name.setRequiredIndicatorVisible(true);
		this.name.setManualValidation(true);
		this.name.getElement().setProperty("autocomplete", "name");
		this.name.setWidthFull();
		this.name.addValueChangeListener((change) -> this.name.setInvalid(false));
		Button register = new Button(getTranslation("passwordless.register.submit"), (click) -> register());
		register.setId("register");
		register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		register.addClickShortcut(Key.ENTER);
		add(new H1(getPageTitle()), new Paragraph(getTranslation("passwordless.register.intro")), this.name, this.phone,
				register, this.notice,
				new Paragraph(new RouterLink(getTranslation("passwordless.register.to-login"), LoginView.class)),
				new LanguageSwitch());
		this.name.focus();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("passwordless.register.title");
	}

	private void register() {
		Optional<SignInProblem> nameProblem = this.service.nameProblem(this.name.getValue());
		Optional<SignInProblem> numberProblem = this.service.numberProblem(this.phone.value());
		nameProblem.ifPresent(this::showNameProblem);
		numberProblem.ifPresentOrElse((problem) -> this.phone.showError(Words.of(this, problem)),
				this.phone::clearError);
		if (nameProblem.isPresent() || numberProblem.isPresent()) {
			this.notice.clear();
			return;
		}
		try {
			this.service.register(this.name.getValue(), this.phone.value(), getLocale());
			LoginNavigation.toCode(false);
		}
		catch (SignInProblem problem) {
			if (SignInProblem.BY_INVITATION.equals(problem.getMessage())) {
				byInvitation();
			}
			else if (problem.kind() == SignInProblem.Kind.INVALID_NAME) {
				showNameProblem(problem);
			}
			else {
				this.notice.show(problem, this.phone::showError);
			}
		}
	}

	/** Registration is closed: who to ask instead of the form. */
	private void byInvitation() {
		removeAll();
		Paragraph closed = new Paragraph(getTranslation(SignInProblem.BY_INVITATION));
		closed.setId("by-invitation");
		String whom = this.contact.isBlank() ? getTranslation("passwordless.register.your-administrator")
				: this.contact;
		add(new H1(getPageTitle()), closed, new Paragraph(getTranslation("passwordless.register.ask", whom)),
				new Paragraph(new RouterLink(getTranslation("passwordless.register.invited"), LoginView.class)),
				new LanguageSwitch());
	}

	private void showNameProblem(SignInProblem problem) {
		this.name.setErrorMessage(Words.of(this, problem));
		this.name.setInvalid(true);
	}

}
