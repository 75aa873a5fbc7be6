package dev.passwordless.triggers;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.triggers.challenge.ChallengeParameters;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * One cold start, run by {@link ColdStartBenchmark} in a fresh JVM: construct the Create
 * handler, handle one first-round event (which publishes an SMS over HTTP), print the
 * times, exit.
 *
 * <p>
 * {@code optimized} is the deployable handler exactly as Lambda constructs it;
 * {@code baseline} is the same logic with an SNS client built the naive way
 * ({@code SnsClient.create()}, {@code DynamoDbClient.create()}: the SDK's default HTTP
 * client, region and credential chains).
 */
public final class ColdStartProbe {

	private ColdStartProbe() {
	}

	public static void main(String[] args) {
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		long mainStart = System.currentTimeMillis();
		CreateAuthChallengeHandler handler = switch (args[0]) {
			case "optimized" -> new CreateAuthChallengeHandler();
			case "baseline" -> baseline();
			default -> throw new IllegalArgumentException("mode: optimized or baseline");
		};
		long initialized = System.currentTimeMillis();
		CognitoUserPoolCreateAuthChallengeEvent response = handler.handleRequest(event("+14155550123"), null);
		long done = System.currentTimeMillis();
		if (!response.getResponse().getPublicChallengeParameters().containsKey(ChallengeParameters.CODE_LENGTH)) {
			throw new IllegalStateException("no challenge created");
		}
		System.out.println("COLD-START jvmToDone=" + (done - jvmStart) + " mainToDone=" + (done - mainStart) + " init="
				+ (initialized - mainStart) + " httpClient=" + httpClientLoaded());
	}

	private static CreateAuthChallengeHandler baseline() {
		Map<String, String> environment = System.getenv();
		SendLimitStore store = new DynamoDbSendLimitStore(DynamoDbClient.create(),
				environment.get(TriggerEnvironment.SEND_LIMITS_TABLE));
		return new CreateAuthChallengeHandler(
				Dependencies.codeIssuer(environment, Clock.systemUTC(), store, SnsClient::create), Clock.systemUTC());
	}

	/** A first-round Create event for a registered user with this number. */
	static CognitoUserPoolCreateAuthChallengeEvent event(String phoneNumber) {
		Map<String, String> attributes = new HashMap<>();
		attributes.put("sub", "0f3c9a52-54b1-4e2e-9d0e-5f1f2b2f7a10");
		attributes.put("phone_number", phoneNumber);
		attributes.put("cognito:user_status", "CONFIRMED");
		CognitoUserPoolCreateAuthChallengeEvent.Request request = new CognitoUserPoolCreateAuthChallengeEvent.Request();
		request.setUserAttributes(attributes);
		request.setChallengeName(ChallengeParameters.CUSTOM_CHALLENGE);
		request.setSession(new CognitoUserPoolCreateAuthChallengeEvent.ChallengeResult[0]);
		CognitoUserPoolCreateAuthChallengeEvent event = new CognitoUserPoolCreateAuthChallengeEvent();
		event.setUserName("0f3c9a52-54b1-4e2e-9d0e-5f1f2b2f7a10");
		event.setUserPoolId("us-east-1_Example01");
		event.setRequest(request);
		return event;
	}

	private static String httpClientLoaded() {
		for (String name : new String[] { "software.amazon.awssdk.http.apache5.Apache5HttpClient",
				"software.amazon.awssdk.http.apache.ApacheHttpClient",
				"software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient" }) {
			try {
				Class.forName(name, false, ColdStartProbe.class.getClassLoader());
				if (name.contains("apache")) {
					return name.substring(name.lastIndexOf('.') + 1);
				}
			}
			catch (ClassNotFoundException ex) {
				// not on the class path
			}
		}
		return "UrlConnectionHttpClient";
	}

}
