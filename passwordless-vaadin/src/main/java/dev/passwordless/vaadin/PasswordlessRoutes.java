package dev.passwordless.vaadin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.passwordless.vaadin.account.ui.AccountView;
import dev.passwordless.vaadin.account.ui.PasskeyOfferView;
import dev.passwordless.vaadin.admin.ui.UsersView;
import dev.passwordless.vaadin.devinbox.ui.SmsInboxView;
import dev.passwordless.vaadin.login.ui.CodeEntryView;
import dev.passwordless.vaadin.login.ui.ExistingAccountView;
import dev.passwordless.vaadin.login.ui.LanguageSwitch;
import dev.passwordless.vaadin.login.ui.LoginView;
import dev.passwordless.vaadin.login.ui.SignInFrame;
import dev.passwordless.vaadin.registration.ui.RegisterView;
import dev.passwordless.vaadin.security.CognitoAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Registers the sign-in views when Vaadin starts, so they exist whatever packages the
 * application lets Vaadin scan ({@code vaadin.allowed-packages}); their {@code @Route}s
 * say {@code registerAtStartup = false} so a scan never registers them twice. Inside the
 * portal's layout, Vaadin's automatic {@code @Layout} wraps them; outside, they get
 * {@link SignInFrame}. The development SMS inbox exists only on the embedded local
 * Cognito. Signed-in pages check their session every
 * {@code passwordless.security.session-check-interval}.
 */
class PasswordlessRoutes implements VaadinServiceInitListener {

	private final boolean insidePortalLayout;

	private final boolean devInbox;

	private final Duration sessionCheckInterval;

	private final boolean passkeys;

	PasswordlessRoutes(boolean insidePortalLayout, boolean devInbox, Duration sessionCheckInterval, boolean passkeys) {
		this.passkeys = passkeys;
		this.insidePortalLayout = insidePortalLayout;
		this.devInbox = devInbox;
		this.sessionCheckInterval = sessionCheckInterval;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		register(RouteConfiguration.forApplicationScope());
		// every page says its language, for screen readers and the browser
		event.getSource().addUIInitListener((init) -> {
			LanguageSwitch.markLanguage(init.getUI());
			checkSession(init.getUI());
		});
	}

	/**
	 * A signed-in person's open page asks the server now and then whether its session
	 * still stands: once it ended (signed out everywhere, disabled, deleted), the request
	 * finds no session and Vaadin reloads the page, which leads to the sign-in page.
	 */
	private void checkSession(UI ui) {
		if (!this.sessionCheckInterval.isZero()
				&& SecurityContextHolder.getContext().getAuthentication() instanceof CognitoAuthentication) {
			ui.setPollInterval((int) this.sessionCheckInterval.toMillis());
		}
	}

	void register(RouteConfiguration routes) {
		// the administration and "your account" are part of the portal: in its layout
		// whatever the sign-in's
		routes.setAnnotatedRoute(UsersView.class);
		routes.setAnnotatedRoute(AccountView.class);
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
		if (this.passkeys) {
			views.add(PasskeyOfferView.class);
		}
		if (this.devInbox) {
			views.add(SmsInboxView.class);
		}
		return views;
	}

}
