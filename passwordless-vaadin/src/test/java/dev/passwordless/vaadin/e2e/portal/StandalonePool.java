package dev.passwordless.vaadin.e2e.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A local Cognito of its own beside the app, as
 * {@code java -jar local-cognito.jar --port N} runs one, and the app pointed at it the
 * way an operator would: the five settings read from its {@code GET /_local/pool}
 * ({@code passwordless.cognito.endpoint}, {@code region}, {@code user-pool-id},
 * {@code client-id}, {@code client-secret}); issuer and keys follow from the endpoint. It
 * stops with the application.
 */
class StandalonePool implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		LocalCognito cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).build());
		// as the launcher does: the app's readiness reads the JWKS before anyone signs in
		cognito.prepareKeys();
		cognito.awaitReady();
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				cognito.close();
			}
		});
		JsonNode pool = json(get(cognito.pool().endpoint() + "/_local/pool"));
		TestPropertyValues
			.of("passwordless.cognito.endpoint=" + pool.get("endpoint").asText(),
					"passwordless.cognito.region=" + pool.get("region").asText(),
					"passwordless.cognito.user-pool-id=" + pool.get("userPoolId").asText(),
					"passwordless.cognito.client-id=" + pool.get("clientId").asText(),
					"passwordless.cognito.client-secret=" + pool.get("clientSecret").asText())
			.applyTo(context);
	}

	private static String get(String uri) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(String body) {
		try {
			return new ObjectMapper().readTree(body);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
