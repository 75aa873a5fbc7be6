package dev.passwordless.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command in the README's {@code shell} blocks, run as written by one test each,
 * from the repository's root, and its {@code java} block, run by the test that holds its
 * lines; a command marked {@code # needs the AWS CLI} is the only kind left out. What a
 * test adds is only what keeps it from disturbing anything else: servers on a free port
 * and in memory (the environment, or the port of a pool started for a {@code curl}), no
 * start-up cache (LauncherIT tests it), the build in a copy of the tree.
 */
class ReadmeCommandsIT {

	private static final Path README = Path.of("README.md");

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final String JAVA_HOME = System.getProperty("java.home");

	static final String BUILD = "./mvnw -pl local-cognito -am package -DskipTests";

	static final String START = "local-cognito/bin/local-cognito";

	static final String HELP = "local-cognito/bin/local-cognito --help";

	static final String JAR = "java -jar local-cognito/target/local-cognito.jar";

	static final String LIST_USERS = "curl -s --aws-sigv4 aws:amz:us-east-1:cognito-idp --user local:local http://127.0.0.1:9229/ -H 'X-Amz-Target: AWSCognitoIdentityProviderService.ListUsers' -H 'Content-Type: application/x-amz-json-1.1' -d '{\"UserPoolId\": \"us-east-1_LocalPool1\"}'";

	static final String READ_OUTBOX = "curl -s 'http://127.0.0.1:9229/_aws/sns/sms-messages?phoneNumber=%2B12025550100'";

	static final String CLEAR_OUTBOX = "curl -s -X DELETE http://127.0.0.1:9229/_aws/sns/sms-messages";

	private static final String NEEDS_AWS_CLI = "# needs the AWS CLI";

	private static final String PHONE = "+12025550100";

	@Test
	void readmeWhenItsShellBlocksAreReadThenEveryCommandIsOneATestHereRuns() throws IOException {
		List<String> lines = block("shell");
		assertThat(lines.stream().filter((line) -> !line.contains(NEEDS_AWS_CLI)).map(ReadmeCommandsIT::command))
			.containsExactlyInAnyOrder(BUILD, START, HELP, JAR, LIST_USERS, READ_OUTBOX, CLEAR_OUTBOX);
		assertThat(lines.stream().filter((line) -> line.contains(NEEDS_AWS_CLI)))
			.allMatch((line) -> line.startsWith("aws "));
	}

	@Test
	void readmeWhenItsJavaBlockIsReadThenEachLineIsInTheTestThatRunsIt() throws IOException {
		String source = Files.readString(Path.of("src/test/java", getClass().getName().replace('.', '/') + ".java"));
		assertThat(block("java")).isNotEmpty().allSatisfy((line) -> assertThat(source).contains(line.strip()));
	}

	@Test
	void buildWhenRunInACopyOfTheTreeThenTheStandaloneJarIsMade(@TempDir Path tree) throws Exception {
		copyTree(tree);
		StringBuilder mavenArgs = new StringBuilder("-B -ntp -q");
		if ("offline:true".equals(System.getProperty("readme.maven.offline"))) {
			mavenArgs.append(" -o");
		}
		Optional.ofNullable(System.getProperty("readme.maven.repo.local"))
			.ifPresent((repository) -> mavenArgs.append(" -Dmaven.repo.local=").append(repository));
		ProcessBuilder build = shell(BUILD, tree);
		build.environment().put("MAVEN_ARGS", mavenArgs.toString());
		try (PoolProcess process = PoolProcess.start(build)) {
			assertThat(process.awaitExit(Duration.ofMinutes(10))).as(process.output()).isZero();
		}
		assertThat(tree.resolve("local-cognito/target/local-cognito.jar")).isNotEmptyFile();
	}

	@Test
	void startWhenRunFromTheRepositoryThenItPrintsWhatAClientNeedsAndAnswersTheSdk() throws Exception {
		try (PoolProcess pool = PoolProcess.start(server(START))) {
			URI endpoint = pool.awaitEndpoint(Duration.ofMinutes(1));
			pool.awaitOutput("client secret: ", Duration.ofSeconds(30));
			assertThat(pool.output()).contains("region:        us-east-1", "user pool id:  us-east-1_LocalPool1",
					"client id:     1oca1c0gn1toc11entid00000", "client secret: ");
			assertThat(listUsers(endpoint)).isZero();
		}
	}

	@Test
	void helpWhenRunThenEveryOptionOfTheReadmesTableIsListedWithItsVariableAndDefault() throws Exception {
		String help;
		try (PoolProcess process = PoolProcess.start(shell(HELP, ROOT))) {
			assertThat(process.awaitExit(Duration.ofMinutes(1))).isZero();
			help = process.output();
		}
		String readme = Files.readString(README);
		Matcher row = Pattern.compile("(?m)^\\| `(--[a-z-]+).*?\\| `(LOCAL_COGNITO_[A-Z_]+)").matcher(readme);
		List<String> named = new ArrayList<>();
		while (row.find()) {
			named.add(row.group(1));
			assertThat(help).contains(row.group(1) + " ", "env " + row.group(2));
		}
		assertThat(named).hasSize(LauncherOption.values().length - 1);
		assertThat(help).contains("ALLOWED_COUNTRIES=" + LocalCognitoConfig.DEFAULT_ALLOWED_COUNTRIES);
		assertThat(readme).contains("`ALLOWED_COUNTRIES=" + LocalCognitoConfig.DEFAULT_ALLOWED_COUNTRIES + "`");
	}

	@Test
	void jarWhenRunWithJavaThenThePoolStartsAndAnswersTheSdk() throws Exception {
		ProcessBuilder jar = server(JAR);
		jar.environment().put("PATH", JAVA_HOME + "/bin:" + System.getenv("PATH"));
		try (PoolProcess pool = PoolProcess.start(jar)) {
			assertThat(listUsers(pool.awaitEndpoint(Duration.ofMinutes(1)))).isZero();
		}
	}

	@Test
	void listUsersWhenRunWithCurlThenThePoolAnswersAsCognito() throws Exception {
		try (LocalCognito cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).build())) {
			new PoolClient(cognito.pool()).signUp(PHONE, "Ada Lovelace");
			String answer = curl(LIST_USERS, cognito);
			assertThat(answer).contains("\"Users\":[{", "\"Name\":\"name\",\"Value\":\"Ada Lovelace\"");
		}
	}

	@Test
	void readOutboxWhenRunWithCurlThenTheSmsWithTheCodeIsShown() throws Exception {
		try (LocalCognito cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).build())) {
			PoolClient client = new PoolClient(cognito.pool());
			client.signUp(PHONE, "Ada Lovelace");
			client.start(PHONE);
			String code = client.latestCode(PHONE);
			String answer = curl(READ_OUTBOX, cognito);
			assertThat(answer).startsWith("{\"sms_messages\":{\"" + PHONE + "\":[{\"PhoneNumber\":");
			// not shown when it fails: a code is never logged
			assertThat(answer.contains(code)).as("the outbox shows the code").isTrue();
		}
	}

	@Test
	void clearOutboxWhenRunWithCurlThenTheOutboxIsEmpty() throws Exception {
		try (LocalCognito cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).build())) {
			PoolClient client = new PoolClient(cognito.pool());
			client.signUp(PHONE, "Ada Lovelace");
			client.start(PHONE);
			assertThat(curl(CLEAR_OUTBOX, cognito)).isEmpty();
			assertThat(cognito.outbox().messages(null)).isEmpty();
		}
	}

	@Test
	void embeddedWhenStartedAsTheReadmeShowsThenThePoolAndItsOutboxAreThere() {
		try (LocalCognito cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).build())) {
			// endpoint, region, userPoolId, clientId, issuer, clientSecret, jwksUri()
			PoolInfo pool = cognito.pool();
			// sign up and start a sign-in through the SDK at pool.endpoint(), then:
			PoolClient client = new PoolClient(pool);
			client.signUp(PHONE, "Ada Lovelace");
			client.start(PHONE);
			Optional<SmsOutbox.Sms> sms = cognito.outbox().latest("+12025550100");
			assertThat(sms).hasValueSatisfying((message) -> assertThat(message.phoneNumber()).isEqualTo(PHONE));
			assertThat(pool.clientSecret()).isNotNull();
		}
	}

	/** A README block's lines: the block that starts with {@code ```<language>}. */
	private static List<String> block(String language) throws IOException {
		List<String> lines = new ArrayList<>();
		boolean inside = false;
		for (String line : Files.readAllLines(README)) {
			if (line.startsWith("```")) {
				inside = !inside && line.equals("```" + language);
			}
			else if (inside && !line.isBlank()) {
				lines.add(line);
			}
		}
		return lines;
	}

	/** A line without its trailing comment. */
	private static String command(String line) {
		return line.replaceFirst("\\s+#\\s.*$", "").strip();
	}

	/** The command through bash, from that directory, with the JDK running this test. */
	private static ProcessBuilder shell(String command, Path directory) {
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(directory.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("LOCAL_COGNITO_"));
		builder.environment().put("JAVA_HOME", JAVA_HOME);
		return builder;
	}

	/** A pool from the repository's root, on a free port, in memory, without a cache. */
	private static ProcessBuilder server(String command) {
		ProcessBuilder builder = shell(command, ROOT);
		builder.environment().put("LOCAL_COGNITO_PORT", "0");
		builder.environment().put("LOCAL_COGNITO_IN_MEMORY", "true");
		builder.environment().put("LOCAL_COGNITO_AOT", "off");
		return builder;
	}

	/** Runs a {@code curl} command against that pool: its port for the default one. */
	private static String curl(String command, LocalCognito cognito) throws Exception {
		String pointed = command.replace("127.0.0.1:9229", "127.0.0.1:" + cognito.pool().endpoint().getPort());
		try (PoolProcess curl = PoolProcess.start(shell(pointed, ROOT))) {
			assertThat(curl.awaitExit(Duration.ofSeconds(30))).isZero();
			return curl.output();
		}
	}

	private static int listUsers(URI endpoint) {
		try (CognitoIdentityProviderClient cognito = PoolProcess.cognito(endpoint)) {
			return cognito.listUsers((request) -> request.userPoolId("us-east-1_LocalPool1")).users().size();
		}
	}

	/** The working tree without what builds and runs leave in it. */
	private static void copyTree(Path copy) throws IOException {
		Set<String> left = Set.of("target", "node_modules", ".git", ".local-cognito", ".passwordless");
		Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
					throws IOException {
				if (left.contains(directory.getFileName().toString())) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				Files.createDirectories(copy.resolve(ROOT.relativize(directory).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.copy(file, copy.resolve(ROOT.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
				return FileVisitResult.CONTINUE;
			}

		});
	}

}
