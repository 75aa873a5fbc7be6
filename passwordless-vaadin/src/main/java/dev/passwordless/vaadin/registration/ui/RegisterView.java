package dev.passwordless.vaadin.registration.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.passwordless.rules.NameRule;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.PasswordlessLoginService;
import dev.passwordless.vaadin.login.ui.Forms;
import dev.passwordless.vaadin.login.ui.LoginNavigation;
import dev.passwordless.vaadin.login.ui.LoginView;
import dev.passwordless.vaadin.security.SignInRoutes;

/** Register with a full name and a phone number; the first code signs you in. */
@Route(value = SignInRoutes.REGISTER, registerAtStartup = false)
@PageTitle("Register")
@AnonymousAllowed
@StyleSheet(Forms.STYLESHEET)
public class RegisterView extends VerticalLayout {

	RegisterView(PasswordlessLoginService service) {
		addClassName(Forms.CARD);
		TextField name = new TextField("Full name");
		name.setId("name");
		name.setMaxLength(NameRule.MAX_LENGTH);
		name.setRequiredIndicatorVisible(true);
		name.getElement().setProperty("autocomplete", "name");
		name.setWidthFull();
		TextField phone = Forms.phoneField();
		Paragraph message = Forms.message();
		Button register = new Button("Register", (click) -> {
			try {
				service.register(name.getValue(), phone.getValue(), Forms.clientAddress());
				LoginNavigation.toCode();
			}
			catch (SignInProblem problem) {
				boolean aboutName = problem.kind() == SignInProblem.Kind.INVALID_NAME;
				name.setInvalid(aboutName);
				name.setErrorMessage(aboutName ? problem.getMessage() : null);
				phone.setInvalid(!aboutName && problem.kind() == SignInProblem.Kind.INVALID_INPUT);
				phone.setErrorMessage(problem.getMessage());
				message.setText(problem.getMessage());
			}
		});
		register.setId("register");
		register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		register.addClickShortcut(Key.ENTER);
		add(new H1("Register"), new Paragraph("No password: we text you a code each time you sign in."), name, phone,
				register, message, new Paragraph(new RouterLink("Already registered? Sign in", LoginView.class)));
		name.focus();
	}

}
