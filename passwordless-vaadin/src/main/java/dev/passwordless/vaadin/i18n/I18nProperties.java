package dev.passwordless.vaadin.i18n;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The languages of the sign-in and of the application's views.
 *
 * @param languages the languages offered, chosen from the browser's and switchable on the
 * sign-in pages (default {@code en,de}; the first is used when the browser asks for none
 * of them). A language needs a {@code passwordless/messages_<language>.properties} on the
 * class path.
 * @param bundles the application's own message bundles, looked up after the sign-in's
 * (default {@code vaadin-i18n/translations}, Vaadin's usual place)
 */
@Validated
@ConfigurationProperties("passwordless.i18n")
public record I18nProperties(@DefaultValue( {
		"en", "de" }) @NotEmpty List<Locale> languages, @DefaultValue("vaadin-i18n/translations") List<String> bundles){
}
