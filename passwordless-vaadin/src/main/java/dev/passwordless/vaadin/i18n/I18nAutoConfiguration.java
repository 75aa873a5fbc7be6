package dev.passwordless.vaadin.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The translations of the sign-in views, and of the application's own views through the
 * same provider (in place of the Vaadin's default one, which reads only
 * {@code vaadin-i18n/translations}). An application with its own {@link I18NProvider}
 * bean replaces it and must then also answer the {@code passwordless.*} keys (e.g. by
 * delegating to a {@link PasswordlessI18NProvider}).
 */
@AutoConfiguration(beforeName = "com.vaadin.flow.spring.VaadinApplicationConfiguration")
@EnableConfigurationProperties(I18nProperties.class)
public class I18nAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(I18NProvider.class)
	PasswordlessI18NProvider passwordlessI18NProvider(I18nProperties properties) {
		return new PasswordlessI18NProvider(properties.languages(), properties.bundles());
	}

}
