package dev.passwordless.vaadin.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The last step of a sign-in, as a plain HTTP request: with the one-time nonce of the
 * request that verified the code ({@link SignInCompletion}) it takes the verified sign-in
 * out of the session, changes the session id again, puts the user in the Spring Security
 * context, keeps the person signed in on this device when they asked
 * ({@link CognitoRememberMeServices}) and sends the browser to the {@link SignInTarget},
 * by way of the passkey offer after a sign-in by code when this browser is due one
 * ({@link PasskeyOffers}). Without a valid nonce it changes nothing and sends the browser
 * back to the sign-in page, which says so.
 */
@Controller
class SignInCompletionController {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SignInCompletion completion;

	private static final Logger log = LoggerFactory.getLogger(SignInCompletionController.class);

	private final SignInTarget target;

	private final CognitoRememberMeServices rememberMe;

	private final SignOutsEverywhere signOuts;

	private final KnownDevice knownDevice;

	private final ObjectProvider<PasskeyOffers> passkeyOffers;

	SignInCompletionController(SignInCompletion completion, SignInTarget target, CognitoRememberMeServices rememberMe,
			SignOutsEverywhere signOuts, KnownDevice knownDevice, ObjectProvider<PasskeyOffers> passkeyOffers) {
		this.completion = completion;
		this.passkeyOffers = passkeyOffers;
		this.signOuts = signOuts;
		this.knownDevice = knownDevice;
		this.target = target;
		this.rememberMe = rememberMe;
	}

	@GetMapping(SignInRoutes.COMPLETE)
	String complete(@RequestParam(name = SignInCompletion.NONCE, required = false) String nonce,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<CompletedSignIn> taken = this.completion.take(request, nonce);
		if (taken.isEmpty()) {
			return "redirect:/" + SignInRoutes.LOGIN + "?" + SignInRoutes.NOT_COMPLETED;
		}
		CompletedSignIn completed = taken.get();
		request.changeSessionId();
		HttpSession session = request.getSession();
		String stepUpTarget = (String) session.getAttribute(SessionKeys.STEP_UP_TARGET);
		session.removeAttribute(SessionKeys.STEP_UP_TARGET);
		this.signOuts.signIn(session, completed.tokens());
		session.setAttribute(SessionKeys.FACTOR_PROVED, completed.proved());
		this.knownDevice.remember(response, completed.user().phoneNumber());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CognitoAuthentication(completed.user(), completed.proved()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		if (completed.staySignedIn()) {
			try {
				this.rememberMe.remember(request, response, completed.tokens());
				session.setAttribute(SessionKeys.DEVICE, request.getAttribute(CognitoRememberMeServices.SERIES));
			}
			catch (DataAccessException ex) {
				// signed in for this session; staying signed in waits for the database
				log.warn("The remember-me record could not be stored: {}", ex.getClass().getSimpleName());
			}
		}
		if (isLocalPath(stepUpTarget)) {
			return "redirect:" + stepUpTarget;
		}
		String location = this.target.location(completed.user());
		PasskeyOffers offers = this.passkeyOffers.getIfAvailable();
		if (offers != null && CognitoAuthentication.SMS_FACTOR.equals(completed.factor())
				&& Boolean.TRUE.equals(session.getAttribute(SessionKeys.PLATFORM_AUTHENTICATOR))
				&& offers.due(request)) {
			session.setAttribute(SessionKeys.AFTER_PASSKEY_OFFER, location);
			return "redirect:/" + SignInRoutes.PASSKEY_OFFER;
		}
		return "redirect:" + location;
	}

	/** A path of this application only: one leading slash, no scheme, no backslash. */
	static boolean isLocalPath(String target) {
		return target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\")
				&& !target.contains(":");
	}

}
