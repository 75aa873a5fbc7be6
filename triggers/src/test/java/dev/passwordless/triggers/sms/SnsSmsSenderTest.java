package dev.passwordless.triggers.sms;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real SNS client over HTTP against a listener that answers {@code Publish} like SNS.
 */
class SnsSmsSenderTest {

	private HttpServer server;

	private final List<Map<String, String>> requests = new ArrayList<>();

	private int status = 200;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.requests.add(form(body));
			byte[] answer = ((this.status == 200)
					? "<PublishResponse><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>"
					: "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code>"
							+ "<Message>Invalid parameter: PhoneNumber</Message></Error></ErrorResponse>")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/xml");
			exchange.sendResponseHeaders(this.status, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void sendWhenConfiguredThenPublishesATransactionalSmsToTheNumber() {
		new SnsSmsSender(client(), Optional.of("Example"), Optional.of("+18005550100")).send("+14155550123",
				"Your code is 123456");
		assertThat(this.requests).singleElement().satisfies((publish) -> {
			assertThat(publish).containsEntry("Action", "Publish")
				.containsEntry("PhoneNumber", "+14155550123")
				.containsEntry("Message", "Your code is 123456")
				.doesNotContainKey("TopicArn");
			Map<String, String> attributes = attributes(publish);
			assertThat(attributes).containsEntry("AWS.SNS.SMS.SMSType", "Transactional")
				.containsEntry("AWS.SNS.SMS.SenderID", "Example")
				.containsEntry("AWS.MM.SMS.OriginationNumber", "+18005550100");
		});
	}

	@Test
	void sendWhenSnsRejectsThenThrowsWithAMessageForTheUserAndNoCode() {
		this.status = 400;
		assertThatThrownBy(() -> new SnsSmsSender(client(), Optional.empty(), Optional.empty()).send("+14155550123",
				"Your code is 123456"))
			.isInstanceOf(SmsDeliveryException.class)
			.hasMessage("refusal=SMS_FAILED")
			.hasRootCauseMessage("InvalidParameterException");
	}

	private SnsClient client() {
		return SnsClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()))
			.region(Region.US_EAST_1)
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.overrideConfiguration((config) -> config.retryStrategy(RetryMode.STANDARD))
			.build();
	}

	private static Map<String, String> form(String body) {
		return Arrays.stream(body.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> decode(pair[0]), (pair) -> (pair.length > 1) ? decode(pair[1]) : ""));
	}

	/**
	 * {@code MessageAttributes.entry.N.Name} / {@code .Value.StringValue} pairs as a map.
	 */
	private static Map<String, String> attributes(Map<String, String> publish) {
		return publish.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().matches("MessageAttributes\\.entry\\.\\d+\\.Name"))
			.collect(Collectors.toMap(Map.Entry::getValue,
					(entry) -> publish.get(entry.getKey().replace(".Name", ".Value.StringValue"))));
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
