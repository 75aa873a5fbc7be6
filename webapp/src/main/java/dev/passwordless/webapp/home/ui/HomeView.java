package dev.passwordless.webapp.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.passwordless.vaadin.login.PhoneNumberFormats;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.SignOut;
import dev.passwordless.webapp.portal.ui.PortalView;
import jakarta.annotation.security.PermitAll;

/** The signed-in home: who you are, the portal for its members, and sign out. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

	HomeView(AuthenticationContext authentication, SignOut signOut) {
		addClassName("form-card");
		CognitoUser user = authentication.getAuthenticatedUser(CognitoUser.class).orElseThrow();
		Span name = new Span(user.name());
		name.setId("user-name");
		H1 heading = new H1();
		heading.add(getTranslation("app.home.hello") + " ");
		heading.add(name);
		Paragraph phone = new Paragraph(
				getTranslation("app.home.phone", PhoneNumberFormats.international(user.phoneNumber())));
		phone.setId("user-phone");
		Button signOutButton = new Button(getTranslation("app.home.sign-out"), (click) -> signOut.signOut());
		signOutButton.setId("sign-out");
		Button everywhere = new Button(getTranslation("app.home.sign-out-everywhere"),
				(click) -> signOut.signOutEverywhere());
		everywhere.setId("sign-out-everywhere");
		add(heading, phone);
		if (authentication.hasRole(PortalView.ROLE)) {
			RouterLink portal = new RouterLink(getTranslation("app.home.portal"), PortalView.class);
			portal.setId("portal-link");
			add(new Paragraph(portal));
		}
		add(signOutButton, everywhere);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.home.title");
	}

}
