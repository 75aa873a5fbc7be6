package dev.passwordless.vaadin.i18n;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import dev.passwordless.testing.i18n.Bundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language has every text of the sign-in, every key the code uses exists, and no
 * text is left that nothing uses.
 */
class MessageBundlesTest {

	/** Names of the same shape that are no texts: the metrics and the settings. */
	private static final List<String> NOT_TEXTS = List.of("passwordless.codes.", "passwordless.sign-ins",
			"passwordless.remember-me.", "passwordless.cognito.", "passwordless.local-cognito.", "passwordless.store.",
			"passwordless.audit.dropped", "passwordless.admin.bootstrap-number", "passwordless.account.changes",
			"passwordless.passkeys.", "passwordless.admission.");

	@Test
	void germanWhenComparedWithEnglishThenHasExactlyTheSameKeys() throws IOException {
		assertThat(bundle("passwordless/messages_de.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("passwordless/messages.properties").stringPropertyNames());
	}

	@Test
	void keysWhenUsedInTheCodeThenEveryOneIsInTheBundle() throws IOException {
		assertThat(bundle("passwordless/messages.properties").stringPropertyNames())
			.containsAll(keysUsed(Path.of("src/main/java")).stream()
				.filter((key) -> NOT_TEXTS.stream().noneMatch(key::startsWith))
				.toList());
	}

	@Test
	void bundleWhenReadThenEveryKeyIsUsedByTheCode() throws IOException {
		assertThat(keysUsed(Path.of("src/main/java")))
			.containsAll(bundle("passwordless/messages.properties").stringPropertyNames());
	}

	@Test
	void everyMessageWhenFormattedInEachLanguageThenItIsAValidPattern() throws IOException {
		PasswordlessI18NProvider provider = new PasswordlessI18NProvider(List.of(Locale.ENGLISH, Locale.GERMAN),
				List.of());
		for (String key : bundle("passwordless/messages.properties").stringPropertyNames()) {
			for (Locale language : provider.getProvidedLocales()) {
				assertThat(provider.getTranslation(key, language, 2, "x")).as(key + " in " + language)
					.isNotBlank()
					.doesNotContain("''");
			}
		}
	}

	private static Properties bundle(String resource) throws IOException {
		return Bundles.load(resource);
	}

	private static Set<String> keysUsed(Path sources) throws IOException {
		return Bundles.keysUsed(sources, "passwordless");
	}

}
