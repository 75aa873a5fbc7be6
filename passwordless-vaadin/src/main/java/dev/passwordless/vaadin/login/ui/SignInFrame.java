package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.passwordless.vaadin.login.PasswordlessProperties;

/**
 * The sign-in views' own plain frame, used instead of the portal's {@code @Layout} when
 * {@code passwordless.use-portal-layout=false}: the app's name, then the view.
 */
@AnonymousAllowed
public class SignInFrame extends Div implements RouterLayout {

	private final Main content = new Main();

	SignInFrame(PasswordlessProperties properties) {
		addClassName("passwordless-frame");
		Span name = new Span(properties.appName());
		name.addClassName("passwordless-frame-name");
		Header header = new Header(name);
		header.addClassName("passwordless-frame-header");
		this.content.addClassName("passwordless-frame-content");
		add(header, this.content);
	}

	@Override
	public void showRouterLayoutContent(HasElement view) {
		this.content.getElement().removeAllChildren();
		if (view != null) {
			this.content.getElement().appendChild(view.getElement());
		}
	}

}
