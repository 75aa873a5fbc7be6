package dev.passwordless.vaadin;

import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.login.LoginAutoConfiguration;
import dev.passwordless.vaadin.login.PasskeysProperties;
import dev.passwordless.vaadin.login.PasswordlessProperties;
import dev.passwordless.vaadin.security.SecurityProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The sign-in views: register, sign in, enter the code, and the development SMS inbox
 * under the offline default. See {@link PasswordlessRoutes} for how they find their place
 * in the portal.
 */
@AutoConfiguration(after = LoginAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PasswordlessViewsAutoConfiguration {

	@Bean
	PasswordlessRoutes passwordlessRoutes(PasswordlessProperties properties, CognitoPool pool,
			SecurityProperties security, PasskeysProperties passkeys) {
		return new PasswordlessRoutes(properties.usePortalLayout(), pool.embedded(), security.sessionCheckInterval(),
				passkeys.enabled());
	}

}
