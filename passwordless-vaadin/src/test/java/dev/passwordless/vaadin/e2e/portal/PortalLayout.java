package dev.passwordless.vaadin.e2e.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The portal's own frame, around its views and, by default, the sign-in views. */
@Layout
@AnonymousAllowed
public class PortalLayout extends Div implements RouterLayout {

	PortalLayout() {
		Header header = new Header(new Span("Reporting portal"));
		header.setId("portal-header");
		add(header);
	}

}
