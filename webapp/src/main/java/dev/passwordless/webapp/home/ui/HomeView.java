package dev.passwordless.webapp.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.SignOut;
import dev.passwordless.webapp.portal.ui.PortalView;
import jakarta.annotation.security.PermitAll;

/** The signed-in home: who you are, and sign out. */
@Route("")
@PageTitle("Home")
@PermitAll
public class HomeView extends VerticalLayout {

	HomeView(AuthenticationContext authentication, SignOut signOut) {
		addClassName("form-card");
		CognitoUser user = authentication.getAuthenticatedUser(CognitoUser.class).orElseThrow();
		Paragraph name = new Paragraph(user.name());
		name.setId("user-name");
		Paragraph phone = new Paragraph(user.phoneNumber());
		phone.setId("user-phone");
		Button signOutButton = new Button("Sign out", (click) -> signOut.signOut());
		signOutButton.setId("sign-out");
		Button everywhere = new Button("Sign out everywhere", (click) -> signOut.signOutEverywhere());
		everywhere.setId("sign-out-everywhere");
		add(new H1("You are signed in"), name, phone, new RouterLink("Portal", PortalView.class), signOutButton,
				everywhere);
	}

}
