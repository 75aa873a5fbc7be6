package dev.passwordless.webapp.errors.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.passwordless.webapp.MainLayout;
import jakarta.servlet.http.HttpServletResponse;

/** A page of a group the signed-in person is not in. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

	AccessDeniedView() {
		super("app.error.denied.title", "app.error.denied.text");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return HttpServletResponse.SC_FORBIDDEN;
	}

}
