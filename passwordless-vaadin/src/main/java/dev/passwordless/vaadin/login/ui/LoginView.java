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
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.SignInRoutes;
import dev.passwordless.vaadin.security.SignInTarget;

/** Sign in with the phone number alone. */
@Route(value = SignInRoutes.LOGIN, registerAtStartup = false)
@PageTitle("Sign in")
@AnonymousAllowed
@StyleSheet(Forms.STYLESHEET)
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

	private final AuthenticationContext authentication;

	private final SignInTarget target;

	private final Paragraph message = Forms.message();

	LoginView(PasswordlessLoginService service, AuthenticationContext authentication, SignInTarget target) {
		this.authentication = authentication;
		this.target = target;
		addClassName(Forms.CARD);
		TextField phone = Forms.phoneField();
		Paragraph message = this.message;
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

	/**
	 * Someone already signed in goes where a sign-in would have taken them; someone whose
	 * sign-in could not be completed is told so.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.authentication.getAuthenticatedUser(CognitoUser.class)
			.ifPresentOrElse((user) -> event.forwardToUrl(this.target.location(user)), () -> {
				if (event.getLocation().getQueryParameters().getParameters().containsKey(SignInRoutes.NOT_COMPLETED)) {
					this.message.setText("That sign-in could not be completed: its link was already used or is "
							+ "too old. Please sign in again.");
				}
			});
	}

}
