package dev.passwordless.vaadin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The last step of a sign-in, as a plain HTTP request: takes the verified sign-in out of
 * the session, changes the session id (no fixation), puts the user in the Spring Security
 * context and sends the browser to the {@link SignInTarget}.
 */
@Controller
class SignInCompletionController {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SignInTarget target;

	SignInCompletionController(SignInTarget target) {
		this.target = target;
	}

	@GetMapping(SignInRoutes.COMPLETE)
	String complete(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		CompletedSignIn completed = (session != null) ? (CompletedSignIn) session.getAttribute(SessionKeys.COMPLETED)
				: null;
		if (completed == null) {
			return "redirect:/" + SignInRoutes.LOGIN;
		}
		session.removeAttribute(SessionKeys.COMPLETED);
		request.changeSessionId();
		session.setAttribute(SessionKeys.TOKENS, completed.tokens());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CognitoAuthentication(completed.user()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return "redirect:" + this.target.location(completed.user());
	}

}
