package dev.passwordless.webapp;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.passwordless.vaadin.account.ui.AccountView;
import dev.passwordless.vaadin.admin.AdminProperties;
import dev.passwordless.vaadin.admin.ui.UsersView;
import dev.passwordless.vaadin.login.PasswordlessProperties;
import dev.passwordless.webapp.home.ui.HomeView;
import dev.passwordless.webapp.portal.ui.PortalView;

/**
 * The frame of every page, the error pages too: the app's logo and name, the links the
 * signed-in person may follow (the portal only for its members, the administration only
 * for administrators), then the view.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

	private final Main content = new Main();

	private final AuthenticationContext authentication;

	private final RouterLink home = new RouterLink(HomeView.class);

	private final RouterLink portal = new RouterLink(PortalView.class);

	private final RouterLink admin = new RouterLink(UsersView.class);

	private final RouterLink account = new RouterLink(AccountView.class);

	private final String adminRole;

	MainLayout(PasswordlessProperties properties, AdminProperties admin, AuthenticationContext authentication) {
		this.authentication = authentication;
		this.adminRole = admin.role();
		addClassName("app-shell");
		Image logo = new Image("frontend-static/images/logo.svg", "");
		logo.addClassName("app-logo");
		Span name = new Span(properties.appName());
		name.addClassName("app-name");
		this.home.setText(getTranslation("app.nav.home"));
		this.home.setId("nav-home");
		this.portal.setText(getTranslation("app.nav.portal"));
		this.portal.setId("nav-portal");
		this.admin.setText(getTranslation("app.nav.admin"));
		this.admin.setId("nav-admin");
		this.account.setText(getTranslation("app.nav.account"));
		this.account.setId("nav-account");
		Nav links = new Nav(this.home, this.portal, this.admin, this.account);
		links.addClassName("app-nav");
		links.getElement().setAttribute("aria-label", getTranslation("app.nav.label"));
		Header header = new Header(logo, name, links);
		header.addClassName("app-header");
		this.content.addClassName("app-content");
		add(header, this.content);
	}

	/** The links follow who is signed in, and their groups after each token refresh. */
	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		boolean signedIn = this.authentication.isAuthenticated();
		this.home.setVisible(signedIn);
		this.portal.setVisible(signedIn && this.authentication.hasRole(PortalView.ROLE));
		this.admin.setVisible(signedIn && this.authentication.hasRole(this.adminRole));
		this.account.setVisible(signedIn);
	}

	@Override
	public void showRouterLayoutContent(HasElement view) {
		this.content.getElement().removeAllChildren();
		if (view != null) {
			this.content.getElement().appendChild(view.getElement());
		}
	}

	@Override
	public void removeRouterLayoutContent(HasElement oldView) {
		if (oldView != null && oldView.getElement().getParent() == this.content.getElement()) {
			this.content.getElement().removeChild(oldView.getElement());
		}
	}

}
