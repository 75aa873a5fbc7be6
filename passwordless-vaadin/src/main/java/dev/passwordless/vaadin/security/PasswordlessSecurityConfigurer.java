package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The sign-in's part of a security filter chain: Vaadin's security with the sign-in view
 * as login view, the completion endpoint and the module's static files public, sessions
 * kept alive by refreshing the tokens, and signing out revoking them at Cognito. The
 * default chain is just this; a portal that writes its own chain applies it there:
 *
 * <pre>
 * http.with(PasswordlessSecurityConfigurer.passwordless(), (passwordless) -&gt; passwordless
 *     .vaadin((vaadin) -&gt; vaadin.anyRequest((any) -&gt; any.authenticated())));
 * </pre>
 *
 * It applies {@link VaadinSecurityConfigurer} itself: customise that through
 * {@link #vaadin(Customizer)} rather than applying it a second time.
 */
public final class PasswordlessSecurityConfigurer
		extends AbstractHttpConfigurer<PasswordlessSecurityConfigurer, HttpSecurity> {

	private Customizer<VaadinSecurityConfigurer> vaadin = Customizer.withDefaults();

	private List<String> publicPaths = List.of();

	private PasswordlessSecurityConfigurer() {
	}

	/** A configurer with the beans of the application context. */
	public static PasswordlessSecurityConfigurer passwordless() {
		return new PasswordlessSecurityConfigurer();
	}

	/** Customises the Vaadin security this applies (default: as it comes). */
	public PasswordlessSecurityConfigurer vaadin(Customizer<VaadinSecurityConfigurer> customizer) {
		this.vaadin = customizer;
		return this;
	}

	/** Further paths anyone may load, such as the portal's stylesheet (default none). */
	public PasswordlessSecurityConfigurer publicPaths(List<String> paths) {
		this.publicPaths = List.copyOf(paths);
		return this;
	}

	@Override
	public void init(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		SignOut signOut = context.getBean(SignOut.class);
		// @formatter:off
		http.authorizeHttpRequests((authorize) -> authorize
				.requestMatchers(SignInRoutes.COMPLETE, SignInRoutes.STATIC).permitAll());
		if (!this.publicPaths.isEmpty()) {
			http.authorizeHttpRequests((authorize) -> authorize
					.requestMatchers(this.publicPaths.toArray(String[]::new)).permitAll());
		}
		http.addFilterAfter(new CognitoSessionFilter(context.getBean(CognitoAuthClient.class),
				context.getBean(CognitoTokenVerifier.class), context.getBean(Clock.class)),
				SecurityContextHolderFilter.class);
		// for AuthenticationContext.logout() and POST /logout; the views' button uses SignOut
		http.logout((logout) -> logout.addLogoutHandler((request, response, authentication) -> signOut.revoke(request)));
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> {
			vaadin.loginView("/" + SignInRoutes.LOGIN);
			this.vaadin.customize(vaadin);
		});
		// @formatter:on
	}

}
