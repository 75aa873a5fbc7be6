package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The sign-in's part of a security filter chain: Vaadin's security with the sign-in view
 * as login view, the completion endpoint and the module's static files public, sessions
 * kept alive by refreshing the tokens, signing out revoking them at Cognito, and the
 * security headers: a {@code Content-Security-Policy} ({@link #CONTENT_SECURITY_POLICY}
 * unless set), {@code Referrer-Policy: same-origin}, and Spring Security's own
 * ({@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 * {@code Strict-Transport-Security} on requests that arrived over TLS). The default chain
 * is just this; a portal that writes its own chain applies it there:
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

	/**
	 * The default policy: everything from the app's own origin only, no plug-ins, no
	 * framing, forms and {@code <base>} to the app only; plus what Vaadin Flow needs and
	 * documents: {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts (its
	 * bootstrap starts the client engine with an inline script, which then runs the
	 * server's JavaScript expressions by constructing functions) and
	 * {@code 'unsafe-inline'} for styles, and {@code data:} images and fonts for the
	 * theme.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private Customizer<VaadinSecurityConfigurer> vaadin = Customizer.withDefaults();

	private List<String> publicPaths = List.of();

	private String contentSecurityPolicy = CONTENT_SECURITY_POLICY;

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

	/**
	 * The {@code Content-Security-Policy} of every response (default
	 * {@link #CONTENT_SECURITY_POLICY}).
	 */
	public PasswordlessSecurityConfigurer contentSecurityPolicy(String policy) {
		this.contentSecurityPolicy = policy;
		return this;
	}

	@Override
	public void init(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		SignOut signOut = context.getBean(SignOut.class);
		// @formatter:off
		http.authorizeHttpRequests((authorize) -> authorize
				.requestMatchers(SignInRoutes.COMPLETE, SignInRoutes.STATIC).permitAll()
				.requestMatchers(SignInRoutes.HEALTH).permitAll());
		if (!this.publicPaths.isEmpty()) {
			http.authorizeHttpRequests((authorize) -> authorize
					.requestMatchers(this.publicPaths.toArray(String[]::new)).permitAll());
		}
		http.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(this.contentSecurityPolicy))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
					@Override
					public <O extends HeaderWriterFilter> O postProcess(O filter) {
						filter.setShouldWriteHeadersEagerly(true);
						return filter;
					}
				}));
		http.addFilterAfter(new CognitoSessionFilter(context.getBean(CognitoAuthClient.class),
				context.getBean(CognitoTokenVerifier.class), context.getBean(Clock.class),
				context.getBean(SignOutsEverywhere.class), context.getBeanProvider(Devices.class).getIfAvailable()),
				SecurityContextHolderFilter.class);
		CognitoRememberMeServices rememberMe = context.getBeanProvider(CognitoRememberMeServices.class).getIfAvailable();
		if (rememberMe != null) {
			http.addFilterAt(new RememberMeFilter(rememberMe, context.getBean(SignOutsEverywhere.class)),
					RememberMeAuthenticationFilter.class);
		}
		// for AuthenticationContext.logout() and POST /logout; the views' button uses SignOut
		http.logout((logout) -> {
			logout.addLogoutHandler((request, response, authentication) -> signOut.revoke(request));
			if (rememberMe != null) {
				logout.addLogoutHandler(rememberMe);
			}
		});
		// no password sign-in at all: POST /login is refused, and the form login Vaadin
		// sets up for its login page never processes a password
		http.addFilterBefore(new NoPasswordSignIn(), CsrfFilter.class);
		http.addFilterBefore(new RelativeRedirects(), DisableEncodeUrlFilter.class);
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> {
			vaadin.loginView("/" + SignInRoutes.LOGIN);
			this.vaadin.customize(vaadin);
		});
		// @formatter:on
	}

	/** The form login Vaadin set up for its login page never processes a password. */
	@Override
	@SuppressWarnings("unchecked")
	public void configure(HttpSecurity http) {
		FormLoginConfigurer<HttpSecurity> form = http.getConfigurer(FormLoginConfigurer.class);
		if (form != null) {
			form.addObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
				@Override
				public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
					filter.setRequiresAuthenticationRequestMatcher((request) -> false);
					return filter;
				}
			});
		}
	}

}
