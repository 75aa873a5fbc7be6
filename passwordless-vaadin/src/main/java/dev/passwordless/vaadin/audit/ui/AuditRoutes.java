package dev.passwordless.vaadin.audit.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Registers {@code /admin/audit} when Vaadin starts, like the sign-in views
 * ({@code PasswordlessRoutes}): whatever packages the application lets Vaadin scan, and
 * inside the portal's own {@code @Layout}.
 */
class AuditRoutes implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		RouteConfiguration.forApplicationScope().setAnnotatedRoute(AuditView.class);
	}

}
