package dev.passwordless.vaadin.e2e.portal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.passwordless.vaadin.security.CognitoUser;
import jakarta.annotation.security.RolesAllowed;

/** The portal's one view: only members of the Cognito group {@code reporters}. */
@Route("reports")
@PageTitle("Reports")
@RolesAllowed("REPORTERS")
public class ReportsView extends VerticalLayout {

	ReportsView(AuthenticationContext authentication) {
		CognitoUser user = authentication.getAuthenticatedUser(CognitoUser.class).orElseThrow();
		Paragraph welcome = new Paragraph("Reports for " + user.name());
		welcome.setId("reports-welcome");
		add(new H1("Reports"), welcome);
	}

}
