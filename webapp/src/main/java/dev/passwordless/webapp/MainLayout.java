package dev.passwordless.webapp;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.passwordless.webapp.login.PasswordlessProperties;

/** The frame of every page: the app's logo and name, then the view. */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

	MainLayout(PasswordlessProperties properties) {
		addClassName("app-shell");
		Image logo = new Image("frontend-static/images/logo.svg", "");
		logo.addClassName("app-logo");
		Span name = new Span(properties.appName());
		name.addClassName("app-name");
		Header header = new Header(logo, name);
		header.addClassName("app-header");
		Main content = new Main();
		content.addClassName("app-content");
		add(header, content);
	}

	@Override
	public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
		getChildren().filter(Main.class::isInstance)
			.findFirst()
			.ifPresent((main) -> main.getElement().removeAllChildren().appendChild(content.getElement()));
	}

}
