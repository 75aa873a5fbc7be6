package dev.passwordless.triggers;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.amazonaws.services.lambda.crac.Core;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.passwordless.rules.TriggerSettingNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployable jar ({@code target/triggers.jar}, shaded and filtered to what the
 * triggers use) runs every handler on its own: {@link ShadedJarCheck} in a fresh JVM with
 * only the jar, this module's test classes and the Lambda runtime's CRaC context on the
 * class path, against DynamoDB Local and a listener standing in for SNS and Cognito
 * (which fails on demand).
 */
class ShadedJarIT {

	private static DynamoDbLocal dynamoDb;

	private static HttpServer aws;

	private static final List<String> received = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void start() throws IOException {
		dynamoDb = DynamoDbLocal.start();
		dynamoDb.createSendLimitsTable("send-limits");
		aws = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		aws.createContext("/received",
				(exchange) -> answer(exchange, 200, "text/plain", List.copyOf(received).toString()));
		aws.createContext("/", (exchange) -> {
			String body = URLDecoder.decode(
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
					StandardCharsets.UTF_8);
			received.add(body);
			if (exchange.getRequestHeaders().containsKey("X-Amz-Target")) {
				boolean fail = body.contains("fail-user");
				answer(exchange, fail ? 400 : 200, "application/x-amz-json-1.1",
						fail ? "{\"__type\":\"UserNotFoundException\",\"message\":\"User does not exist.\"}" : "{}");
			}
			else if (body.contains("PhoneNumber=+12025550199")) {
				answer(exchange, 400, "text/xml",
						"<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code>"
								+ "<Message>Invalid parameter: PhoneNumber</Message></Error></ErrorResponse>");
			}
			else {
				answer(exchange, 200, "text/xml",
						"<PublishResponse><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>");
			}
		});
		aws.start();
	}

	@AfterAll
	static void stop() {
		aws.stop(0);
		dynamoDb.close();
	}

	@Test
	void everyHandlerWhenRunFromTheDeployableJarAloneThenAnswersItsPathsAndPrimesWithoutSending() throws Exception {
		Path jar = Path.of("target", "triggers.jar");
		assertThat(jar).exists();
		assertThat(Files.size(jar)).isLessThan(10L * 1024 * 1024);
		String listener = "http://127.0.0.1:" + aws.getAddress().getPort();
		String classPath = String.join(File.pathSeparator, jar.toString(), "target/test-classes",
				jarOf(Core.class).toString());
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac", "-Daws.endpointUrlSns=" + listener,
				"-Daws.endpointUrlCognitoIdentityProvider=" + listener,
				"-Daws.endpointUrlDynamoDb=" + dynamoDb.endpoint(), "-cp", classPath, ShadedJarCheck.class.getName(),
				listener)
			.redirectErrorStream(true);
		builder.environment()
			.putAll(TestTriggers.snapStartEnvironment(Map.of(TriggerSettingNames.DAILY_SMS_BUDGET, "2",
					// the events' numbers have not signed in before: the whole budget for
					// them
					TriggerSettingNames.RESERVED_BUDGET_PERCENT, "0")));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(output).contains("SHADED-JAR-OK").doesNotContain("priming-failed").doesNotContain("SLF4J");
		assertThat(process.exitValue()).isZero();
		assertThat(received).filteredOn((body) -> body.contains("Action=Publish"))
			.extracting((body) -> body.contains("+12025550150") ? "sent" : "failing number")
			.containsExactly("sent", "failing number");
		assertThat(received).filteredOn((body) -> body.contains("phone_number_verified")).hasSize(2);
	}

	private static Path jarOf(Class<?> type) throws Exception {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
