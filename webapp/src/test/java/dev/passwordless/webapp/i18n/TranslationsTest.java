package dev.passwordless.webapp.i18n;

import java.io.IOException;
import java.nio.file.Path;

import dev.passwordless.testing.i18n.Bundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example application's own texts: the same keys in every language, all of them used.
 */
class TranslationsTest {

	private static final String ENGLISH = "vaadin-i18n/translations.properties";

	@Test
	void germanWhenComparedWithEnglishThenHasExactlyTheSameKeys() throws IOException {
		assertThat(Bundles.load("vaadin-i18n/translations_de.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(Bundles.load(ENGLISH).stringPropertyNames());
	}

	@Test
	void keysWhenUsedInTheCodeThenEveryOneIsInTheBundle() throws IOException {
		assertThat(Bundles.load(ENGLISH).stringPropertyNames())
			.containsAll(Bundles.keysUsed(Path.of("src/main/java"), "app"));
	}

	@Test
	void bundleWhenReadThenEveryKeyIsUsedByTheCode() throws IOException {
		assertThat(Bundles.keysUsed(Path.of("src/main/java"), "app"))
			.containsAll(Bundles.load(ENGLISH).stringPropertyNames());
	}

}
