package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.PasswordlessLoginService;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.SessionKeys;
import dev.passwordless.vaadin.security.SignInTarget;

/**
 * Asks a signed-in person for a new code before a page that needs a fresh sign-in
 * ({@link dev.passwordless.vaadin.security.FreshSignIn}): a code goes to their own
 * number, the code step asks for it, and once it is proved the sign-in completes as usual
 * (the session gets the SMS factor anew) and the browser goes on to the page it asked
 * for. When no code can be sent now (a limit, Cognito away) the person goes where a
 * sign-in leads them and is told why.
 */
public class StepUp {

	private final PasswordlessLoginService service;

	private final SignInTarget target;

	public StepUp(PasswordlessLoginService service, SignInTarget target) {
		this.service = service;
		this.target = target;
	}

	/**
	 * Instead of entering the page the event leads to, asks for a new code.
	 * @param event the navigation to a page that needs a fresh sign-in
	 * @param user the signed-in person
	 */
	public void before(BeforeEnterEvent event, CognitoUser user) {
		UI ui = event.getUI();
		try {
			this.service.stepUp(user.phoneNumber());
		}
		catch (SignInProblem problem) {
			Notification.show(ui.getTranslation("passwordless.code.step-up-not-sent", Words.of(ui, problem)));
			event.forwardToUrl(this.target.location(user));
			return;
		}
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(SessionKeys.STEP_UP_TARGET, "/" + event.getLocation().getPathWithQueryParameters());
		event.forwardTo(CodeEntryView.class, QueryParameters.of(LoginNavigation.STEP_UP, ""));
	}

}
