package dev.passwordless.testing.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Message bundles and the keys the code uses, for the tests that keep them in step. */
public final class Bundles {

	private Bundles() {
	}

	/** A bundle file from the class path. */
	public static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/**
	 * The string literals in the sources that look like keys of the prefix
	 * ({@code "<prefix>.<group>.<name>"}).
	 */
	public static Set<String> keysUsed(Path sources, String prefix) throws IOException {
		Pattern key = Pattern.compile("\"(" + Pattern.quote(prefix) + "\\.[a-z0-9-]+\\.[a-z0-9.-]+)\"");
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = key.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

}
