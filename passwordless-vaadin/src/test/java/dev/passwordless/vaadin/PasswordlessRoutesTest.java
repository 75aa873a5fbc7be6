package dev.passwordless.vaadin;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import dev.passwordless.vaadin.login.ui.SignInFrame;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in views land in Vaadin's route registry by themselves, inside or outside the
 * portal's layout (the browser tests show the portal's layout around them).
 */
class PasswordlessRoutesTest {

	private final ApplicationRouteRegistry registry = ApplicationRouteRegistry
		.getInstance(new VaadinServletContext(new MockServletContext()));

	@Test
	void registerWhenInsideThePortalLayoutThenNoParentOfTheirOwnSoThePortalsLayoutApplies() {
		new PasswordlessRoutes(true, false, Duration.ZERO, true)
			.register(RouteConfiguration.forRegistry(this.registry));
		Map<String, RouteData> routes = routes();
		assertThat(routes).containsOnlyKeys("login", "code", "register", "existing-account", "passkey-offer",
				"admin/users", "account");
		assertThat(routes.values()).allSatisfy((route) -> assertThat(route.getParentLayouts()).isEmpty());
	}

	@Test
	void registerWhenOutsideThePortalLayoutThenTheSignInViewsInTheModulesOwnFrameAndTheAdministrationInThePortals() {
		new PasswordlessRoutes(false, false, Duration.ZERO, true)
			.register(RouteConfiguration.forRegistry(this.registry));
		Map<String, RouteData> routes = routes();
		assertThat(routes).containsOnlyKeys("login", "code", "register", "existing-account", "passkey-offer",
				"admin/users", "account");
		assertThat(routes.get("admin/users").getParentLayouts()).isEmpty();
		assertThat(routes.get("account").getParentLayouts()).isEmpty();
		routes.remove("admin/users");
		routes.remove("account");
		assertThat(routes.values())
			.allSatisfy((route) -> assertThat(route.getParentLayouts()).containsExactly(SignInFrame.class));
	}

	@Test
	void registerWhenOnTheEmbeddedLocalCognitoThenTheDevelopmentSmsInboxToo() {
		new PasswordlessRoutes(true, true, Duration.ZERO, true).register(RouteConfiguration.forRegistry(this.registry));
		assertThat(routes()).containsOnlyKeys("login", "code", "register", "existing-account", "passkey-offer",
				"admin/users", "account", "dev/sms-inbox");
	}

	@Test
	void registerWhenPasskeysAreOffThenNoPasskeyOffer() {
		new PasswordlessRoutes(true, false, Duration.ZERO, false)
			.register(RouteConfiguration.forRegistry(this.registry));
		assertThat(routes()).containsOnlyKeys("login", "code", "register", "existing-account", "admin/users",
				"account");
	}

	private Map<String, RouteData> routes() {
		return this.registry.getRegisteredRoutes()
			.stream()
			.collect(Collectors.toMap(RouteData::getTemplate, Function.identity()));
	}

}
