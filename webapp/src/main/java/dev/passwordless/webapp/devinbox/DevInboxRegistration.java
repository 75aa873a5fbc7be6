package dev.passwordless.webapp.devinbox;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.passwordless.webapp.cognito.CognitoPool;
import org.springframework.stereotype.Component;

/**
 * Adds the SMS inbox route on the offline default only; in AWS mode it does not exist.
 */
@Component
class DevInboxRegistration implements VaadinServiceInitListener {

	private final CognitoPool pool;

	DevInboxRegistration(CognitoPool pool) {
		this.pool = pool;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		if (this.pool.local()) {
			RouteConfiguration.forApplicationScope().setAnnotatedRoute(SmsInboxView.class);
		}
	}

}
