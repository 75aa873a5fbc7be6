package dev.passwordless.vaadin.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Vaadin's translations from message bundles: the sign-in's own
 * ({@value #SIGN_IN_BUNDLE}) first, then the application's (by default Vaadin's
 * {@code vaadin-i18n/translations}). A key no bundle has is shown as it is, so a replaced
 * bean's plain-text message still reads. Messages are {@link MessageFormat} patterns in
 * every case (an apostrophe is written twice).
 */
public class PasswordlessI18NProvider implements I18NProvider {

	/** The sign-in's bundle: {@code passwordless/messages.properties} (English), _de. */
	public static final String SIGN_IN_BUNDLE = "passwordless/messages";

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final List<Locale> languages;

	private final List<String> bundles;

	/**
	 * @param languages the languages offered, the first the default
	 * @param applicationBundles the application's bundles, looked up after the sign-in's
	 */
	public PasswordlessI18NProvider(List<Locale> languages, List<String> applicationBundles) {
		this.languages = List.copyOf(languages);
		this.bundles = Stream.concat(Stream.of(SIGN_IN_BUNDLE), applicationBundles.stream()).toList();
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return this.languages;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale language = (locale != null) ? locale : getDefaultLocale();
		return pattern(key, language).map((pattern) -> new MessageFormat(pattern, language).format(params)).orElse(key);
	}

	/** Whether some bundle has the key in that language or in the base (English) one. */
	public boolean has(String key, Locale locale) {
		return pattern(key, locale).isPresent();
	}

	private Optional<String> pattern(String key, Locale locale) {
		for (String base : this.bundles) {
			try {
				ResourceBundle bundle = ResourceBundle.getBundle(base, locale, getClass().getClassLoader(),
						NO_FALLBACK);
				if (bundle.containsKey(key)) {
					return Optional.of(bundle.getString(key));
				}
			}
			catch (MissingResourceException ex) {
				// the application has no such bundle
			}
		}
		return Optional.empty();
	}

}
