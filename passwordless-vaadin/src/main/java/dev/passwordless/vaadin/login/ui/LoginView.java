package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.PasswordlessLoginService;
import dev.passwordless.vaadin.security.SignInRoutes;

/** Sign in with the phone number alone. */
@Route(value = SignInRoutes.LOGIN, registerAtStartup = false)
@PageTitle("Sign in")
@AnonymousAllowed
@StyleSheet(Forms.STYLESHEET)
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

	private final AuthenticationContext authentication;

	LoginView(PasswordlessLoginService service, AuthenticationContext authentication) {
		this.authentication = authentication;
		addClassName(Forms.CARD);
		TextField phone = Forms.phoneField();
		Paragraph message = Forms.message();
		Button send = new Button("Send code", (click) -> {
			try {
				service.requestCode(phone.getValue(), Forms.clientAddress());
				LoginNavigation.toCode();
			}
			catch (SignInProblem problem) {
				phone.setInvalid(problem.kind() == SignInProblem.Kind.INVALID_INPUT);
				phone.setErrorMessage(problem.getMessage());
				message.setText(problem.getMessage());
			}
		});
		send.setId("send-code");
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		send.addClickShortcut(Key.ENTER);
		send.setDisableOnClick(true);
		send.addClickListener((click) -> send.setEnabled(true));
		add(new H1("Sign in"), new Paragraph("We will text you a code."), phone, send, message,
				new Paragraph(Forms.routerLink(SignInRoutes.REGISTER, "New here? Register")));
		phone.focus();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.authentication.isAuthenticated()) {
			event.forwardTo("");
		}
	}

}
