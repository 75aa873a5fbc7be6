package dev.passwordless.webapp.errors.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.passwordless.webapp.MainLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No such page, or one the person may not see (Vaadin answers those alike in production,
 * so nobody learns which pages exist).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

	NotFoundView() {
		super("app.error.not-found.title", "app.error.not-found.text");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
