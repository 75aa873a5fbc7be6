package dev.passwordless.triggers.snapstart;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The real SNS client over HTTP, with and without the priming mark. */
class PrimingHttpClientTest {

	private HttpServer server;

	private final List<String> received = new CopyOnWriteArrayList<>();

	private SnsClient sns;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] answer = "<PublishResponse><PublishResult><MessageId>real</MessageId></PublishResult></PublishResponse>"
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/xml");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		this.server.start();
		this.sns = SnsClient.builder()
			.httpClient(new PrimingHttpClient(UrlConnectionHttpClient.create()))
			.endpointOverride(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build();
	}

	@AfterEach
	void stop() {
		this.sns.close();
		this.server.stop(0);
	}

	@Test
	void publishWhenMarkedForPrimingThenIsAnsweredInProcessAndNeverSent() {
		String messageId = this.sns
			.publish((publish) -> publish.phoneNumber("+12025550100")
				.message("123456")
				.overrideConfiguration(PrimingHttpClient.marked()))
			.messageId();
		assertThat(messageId).isEqualTo("priming");
		assertThat(this.received).isEmpty();
	}

	@Test
	void publishWhenNotMarkedThenGoesToTheRealEndpoint() {
		String messageId = this.sns.publish((publish) -> publish.phoneNumber("+12025550100").message("123456"))
			.messageId();
		assertThat(messageId).isEqualTo("real");
		assertThat(this.received).singleElement().asString().contains("Action=Publish");
	}

}
