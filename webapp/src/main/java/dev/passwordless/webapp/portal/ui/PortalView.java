package dev.passwordless.webapp.portal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.passwordless.vaadin.security.CognitoUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * An example page of "the portal": only members of the Cognito group {@code portal-users}
 * (role {@code PORTAL_USERS}) may open it.
 */
@Route("portal")
@RolesAllowed(PortalView.ROLE)
public class PortalView extends VerticalLayout implements HasDynamicTitle {

	public static final String ROLE = "PORTAL_USERS";

	PortalView(AuthenticationContext authentication) {
		addClassName("form-card");
		CognitoUser user = authentication.getAuthenticatedUser(CognitoUser.class).orElseThrow();
		Paragraph welcome = new Paragraph(getTranslation("app.portal.welcome", user.name()));
		welcome.setId("portal-welcome");
		add(new H1(getPageTitle()), welcome,
				new Paragraph(getTranslation("app.portal.groups", String.join(", ", user.groups()))));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.portal.title");
	}

}
