package dev.passwordless.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/local-cognito} and its start-up cache on JDK 25 (found as {@code .ci/jdk.sh}
 * finds a JDK: {@code JAVA_HOME}, then {@code /usr/lib/jvm/*}): the first start makes the
 * cache once, from a training run that succeeds against the default, confidential, app
 * client; the second start maps that same file and trains nothing; both answer the AWS
 * SDK. Each start is stopped when the test ends, passed or not.
 */
class LauncherIT {

	private static final Path LAUNCHER = Path.of("bin/local-cognito");

	private static final String MAKING = "making a start-up cache";

	private static final String GAVE_UP = "could not make the cache";

	/** The training run, on a busy 2-core machine, comes first. */
	private static final Duration FIRST_START = Duration.ofMinutes(3);

	private static final Duration CACHED_START = Duration.ofMinutes(1);

	private static final Pattern CACHE = Pattern.compile("local-cognito-\\d+\\.aot");

	@Test
	void startWhenRunTwiceThenTheFirstMakesTheCacheOnceAndTheSecondReusesIt(@TempDir Path cacheDirectory)
			throws Exception {
		Path jdk = jdk25();
		try (PoolProcess first = launch(jdk, cacheDirectory)) {
			URI endpoint = first.awaitEndpoint(FIRST_START);
			assertThat(listUsers(endpoint)).isEmpty();
			assertThat(first.output()).containsOnlyOnce(MAKING).doesNotContain(GAVE_UP);
		}
		Path cache = onlyCache(cacheDirectory);
		Path trainingLog = cacheDirectory.resolve("training.log");
		assertThat(Files.readString(trainingLog)).contains("AOTCache creation is complete")
			.doesNotContain("Exception")
			.doesNotContain(" answered ");
		BasicFileAttributes made = Files.readAttributes(cache, BasicFileAttributes.class);
		BasicFileAttributes trained = Files.readAttributes(trainingLog, BasicFileAttributes.class);

		try (PoolProcess second = launch(jdk, cacheDirectory)) {
			URI endpoint = second.awaitEndpoint(CACHED_START);
			assertThat(listUsers(endpoint)).isEmpty();
			assertThat(second.output()).doesNotContain(MAKING).doesNotContain(GAVE_UP);
			// the JVM maps the cache it accepts (one it refuses is unmapped again)
			assertThat(Files.readString(Path.of("/proc", Long.toString(second.pid()), "maps")))
				.contains(cache.toRealPath().toString());
		}
		assertThat(onlyCache(cacheDirectory)).isEqualTo(cache);
		BasicFileAttributes after = Files.readAttributes(cache, BasicFileAttributes.class);
		assertThat(after.fileKey()).isEqualTo(made.fileKey());
		assertThat(after.lastModifiedTime()).isEqualTo(made.lastModifiedTime());
		assertThat(after.size()).isEqualTo(made.size());
		assertThat(Files.getLastModifiedTime(trainingLog)).isEqualTo(trained.lastModifiedTime());
	}

	private static PoolProcess launch(Path jdk, Path cacheDirectory) {
		ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toAbsolutePath().toString(), "--in-memory", "--port", "0",
				"--echo-sms", "off");
		builder.environment().keySet().removeIf((name) -> name.startsWith("LOCAL_COGNITO_"));
		builder.environment().put("JAVA_HOME", jdk.toString());
		builder.environment().put("LOCAL_COGNITO_CACHE_DIR", cacheDirectory.toString());
		return PoolProcess.start(builder);
	}

	private static List<UserType> listUsers(URI endpoint) {
		try (CognitoIdentityProviderClient cognito = PoolProcess.cognito(endpoint)) {
			return cognito.listUsers((request) -> request.userPoolId("us-east-1_LocalPool1")).users();
		}
	}

	/** The one cache in the directory; no half-made one beside it. */
	private static Path onlyCache(Path cacheDirectory) throws IOException {
		try (Stream<Path> files = Files.list(cacheDirectory)) {
			List<Path> caches = files.filter((file) -> file.getFileName().toString().contains(".aot")).toList();
			assertThat(caches).hasSize(1);
			assertThat(caches.get(0).getFileName().toString()).matches(CACHE);
			return caches.get(0);
		}
	}

	/**
	 * The first JDK 25 or later, looked for as {@code .ci/jdk.sh} looks for a JDK; the
	 * version read from its {@code release} file, as the launcher reads it.
	 */
	static Path jdk25() throws IOException {
		List<Path> candidates = new ArrayList<>();
		Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
		candidates.add(Path.of(System.getProperty("java.home")));
		Path jvms = Path.of("/usr/lib/jvm");
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> installed = Files.list(jvms)) {
				installed.sorted().forEach(candidates::add);
			}
		}
		for (Path candidate : candidates) {
			if (Files.isExecutable(candidate.resolve("bin/java")) && feature(candidate) >= 25) {
				return candidate;
			}
		}
		throw new AssertionError("No JDK 25 or later (the launcher's cache needs one); looked at " + candidates);
	}

	private static int feature(Path jdk) throws IOException {
		Path release = jdk.resolve("release");
		if (!Files.isRegularFile(release)) {
			return 0;
		}
		Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
		return version.find() ? Integer.parseInt(version.group(1)) : 0;
	}

}
