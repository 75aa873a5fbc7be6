package dev.passwordless.vaadin.admin;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.passwordless.vaadin.login.ui.StepUp;
import dev.passwordless.vaadin.security.CognitoAuthentication;
import dev.passwordless.vaadin.security.FreshSignIn;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Guards every {@link AdminView}: someone not signed in is left to Vaadin's access
 * control (the sign-in page), anyone else who is not a member of the administrators'
 * group signed in with Cognito gets the access-denied page, and an administrator whose
 * code sign-in is older than {@code passwordless.admin.fresh-sign-in} (or who was
 * restored by "stay signed in") is asked for a new code first ({@link StepUp}) and then
 * lands on the page they asked for.
 */
class AdminAccess implements VaadinServiceInitListener {

	private final String role;

	private final FreshSignIn fresh;

	private final StepUp stepUp;

	AdminAccess(AdminProperties properties, FreshSignIn fresh, StepUp stepUp) {
		this.role = "ROLE_" + properties.role();
		this.fresh = fresh;
		this.stepUp = stepUp;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((init) -> init.getUI().addBeforeEnterListener(this::check));
	}

	void check(BeforeEnterEvent event) {
		if (!AdminView.class.isAssignableFrom(event.getNavigationTarget())) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			// Vaadin's access control sends whoever is not signed in to the sign-in page
			return;
		}
		if (!(authentication instanceof CognitoAuthentication signedIn) || !isAdministrator(signedIn)) {
			event.rerouteToError(AccessDeniedException.class);
		}
		else if (!this.fresh.holds(signedIn)) {
			this.stepUp.before(event, signedIn.getPrincipal());
		}
	}

	/** Whether this is an administrator signed in with a code recently enough to act. */
	boolean mayAdminister(Authentication authentication) {
		return authentication instanceof CognitoAuthentication signedIn && isAdministrator(signedIn)
				&& this.fresh.holds(signedIn);
	}

	private boolean isAdministrator(CognitoAuthentication signedIn) {
		return signedIn.getAuthorities().stream().anyMatch((authority) -> this.role.equals(authority.getAuthority()));
	}

}
