package dev.passwordless.vaadin;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.passwordless.vaadin.devinbox.ui.SmsInboxView;
import dev.passwordless.vaadin.login.ui.CodeEntryView;
import dev.passwordless.vaadin.login.ui.ExistingAccountView;
import dev.passwordless.vaadin.login.ui.LanguageSwitch;
import dev.passwordless.vaadin.login.ui.LoginView;
import dev.passwordless.vaadin.login.ui.SignInFrame;
import dev.passwordless.vaadin.registration.ui.RegisterView;

/**
 * Registers the sign-in views when Vaadin starts, so they exist whatever packages the
 * application lets Vaadin scan ({@code vaadin.allowed-packages}); their {@code @Route}s
 * say {@code registerAtStartup = false} so a scan never registers them twice. Inside the
 * portal's layout, Vaadin's automatic {@code @Layout} wraps them; outside, they get
 * {@link SignInFrame}. The development SMS inbox exists only on the embedded local
 * Cognito.
 */
class PasswordlessRoutes implements VaadinServiceInitListener {

	private final boolean insidePortalLayout;

	private final boolean devInbox;

	PasswordlessRoutes(boolean insidePortalLayout, boolean devInbox) {
		this.insidePortalLayout = insidePortalLayout;
		this.devInbox = devInbox;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		register(RouteConfiguration.forApplicationScope());
		// every page says its language, for screen readers and the browser
		event.getSource().addUIInitListener((init) -> LanguageSwitch.markLanguage(init.getUI()));
	}

	void register(RouteConfiguration routes) {
		for (Class<? extends Component> view : views()) {
			if (this.insidePortalLayout) {
				routes.setAnnotatedRoute(view);
			}
			else {
				routes.setRoute(view.getAnnotation(Route.class).value(), view, List.of(SignInFrame.class));
			}
		}
	}

	List<Class<? extends Component>> views() {
		List<Class<? extends Component>> views = new ArrayList<>(
				List.of(LoginView.class, CodeEntryView.class, RegisterView.class, ExistingAccountView.class));
		if (this.devInbox) {
			views.add(SmsInboxView.class);
		}
		return views;
	}

}
