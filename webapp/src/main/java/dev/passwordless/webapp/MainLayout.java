package dev.passwordless.webapp;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.passwordless.vaadin.login.PasswordlessProperties;

/** The frame of every page: the app's logo and name, then the view. */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

	private final Main content = new Main();

	MainLayout(PasswordlessProperties properties) {
		addClassName("app-shell");
		Image logo = new Image("frontend-static/images/logo.svg", "");
		logo.addClassName("app-logo");
		Span name = new Span(properties.appName());
		name.addClassName("app-name");
		Header header = new Header(logo, name);
		header.addClassName("app-header");
		this.content.addClassName("app-content");
		add(header, this.content);
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
