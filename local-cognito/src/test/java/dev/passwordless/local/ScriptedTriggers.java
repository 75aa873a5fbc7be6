package dev.passwordless.local;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/**
 * Custom-auth triggers for tests that follow a script and record every event exactly as
 * the pool sent it (as JSON read into maps, so a member that was left out is told from an
 * empty one). They are built by the pool, by class name, so what they record is static:
 * {@link #clear()} it before each test.
 * <p>
 * The script: Define asks a {@code CUSTOM_CHALLENGE} first, fails after a wrong answer,
 * and after a right one asks one more round when the request's client metadata says
 * {@code rounds=2} and there was one round so far, else issues tokens. Create's challenge
 * of round n has the answer {@code right-n}, the public parameter {@code round=n} and the
 * challenge metadata {@code ROUND_n}. Post authentication, given {@code newNumber} in the
 * client metadata, moves the user to that number with {@code AdminUpdateUserAttributes},
 * signed, as this project's Post authentication trigger does.
 */
final class ScriptedTriggers {

	/**
	 * One event a trigger got.
	 *
	 * @param triggerSource e.g. {@code DefineAuthChallenge_Authentication}
	 * @param request the event's {@code request}
	 */
	record Recorded(String triggerSource, Map<String, Object> request) {

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> session() {
			return (List<Map<String, Object>>) this.request.get("session");
		}

	}

	private static final List<Recorded> EVENTS = new ArrayList<>();

	private ScriptedTriggers() {
	}

	/**
	 * The pool's configuration with these triggers for Define, Create, Verify and Post
	 * authentication.
	 */
	static LocalCognitoConfig.Builder configure(LocalCognitoConfig.Builder config) {
		return config.triggerHandler("PreAuthentication", PreAuthentication.class.getName())
			.triggerHandler("DefineAuthChallenge", Define.class.getName())
			.triggerHandler("CreateAuthChallenge", Create.class.getName())
			.triggerHandler("VerifyAuthChallengeResponse", Verify.class.getName())
			.triggerHandler("PostAuthentication", PostAuthentication.class.getName());
	}

	static synchronized void clear() {
		EVENTS.clear();
	}

	/** Every event so far, in the order the triggers got them. */
	static synchronized List<Recorded> events() {
		return List.copyOf(EVENTS);
	}

	/** The trigger sources so far, in order. */
	static List<String> sources() {
		return events().stream().map(Recorded::triggerSource).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> record(Map<String, Object> event) {
		Map<String, Object> request = (Map<String, Object>) event.get("request");
		synchronized (ScriptedTriggers.class) {
			EVENTS.add(new Recorded((String) event.get("triggerSource"), new LinkedHashMap<>(request)));
		}
		return request;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> response(Map<String, Object> event) {
		return (Map<String, Object>) event.get("response");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> clientMetadata(Map<String, Object> request) {
		Object metadata = request.get("clientMetadata");
		return (metadata != null) ? (Map<String, String>) metadata : Map.of();
	}

	public static class Define implements RequestHandler<Map<String, Object>, Map<String, Object>> {

		@Override
		@SuppressWarnings("unchecked")
		public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
			Map<String, Object> request = record(event);
			List<Map<String, Object>> session = (List<Map<String, Object>>) request.get("session");
			Map<String, Object> response = response(event);
			if (session.isEmpty()) {
				response.put("challengeName", "CUSTOM_CHALLENGE");
			}
			else if (!Boolean.TRUE.equals(session.get(session.size() - 1).get("challengeResult"))) {
				response.put("failAuthentication", true);
			}
			else if ("2".equals(clientMetadata(request).get("rounds")) && session.size() == 1) {
				response.put("challengeName", "CUSTOM_CHALLENGE");
			}
			else {
				response.put("issueTokens", true);
			}
			return event;
		}

	}

	public static class Create implements RequestHandler<Map<String, Object>, Map<String, Object>> {

		@Override
		public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
			Map<String, Object> request = record(event);
			int round = ((List<?>) request.get("session")).size() + 1;
			Map<String, Object> response = response(event);
			response.put("publicChallengeParameters", Map.of("round", String.valueOf(round)));
			response.put("privateChallengeParameters", Map.of("answer", "right-" + round));
			response.put("challengeMetadata", "ROUND_" + round);
			return event;
		}

	}

	public static class Verify implements RequestHandler<Map<String, Object>, Map<String, Object>> {

		@Override
		@SuppressWarnings("unchecked")
		public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
			Map<String, Object> request = record(event);
			Map<String, String> expected = (Map<String, String>) request.get("privateChallengeParameters");
			response(event).put("answerCorrect", expected.get("answer").equals(request.get("challengeAnswer")));
			return event;
		}

	}

	/** Records the event; refuses a sign-in whose validation data asks for it. */
	public static class PreAuthentication implements RequestHandler<Map<String, Object>, Map<String, Object>> {

		@Override
		@SuppressWarnings("unchecked")
		public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
			Map<String, Object> request = record(event);
			Map<String, String> validationData = (Map<String, String>) request.get("validationData");
			if (validationData != null && validationData.containsKey("refuse")) {
				throw new IllegalArgumentException("Not today");
			}
			return event;
		}

	}

	public static class PostAuthentication implements RequestHandler<Map<String, Object>, Map<String, Object>> {

		@Override
		public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
			Map<String, Object> request = record(event);
			String newNumber = clientMetadata(request).get("newNumber");
			if (newNumber != null) {
				try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
					.httpClient(UrlConnectionHttpClient.create())
					// where the pool points the triggers' SDK clients (LocalCognito)
					.endpointOverride(URI.create(System.getProperty("aws.endpointUrlCognitoIdentityProvider")))
					.region(Region.of((String) event.get("region")))
					.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
					.build()) {
					cognito.adminUpdateUserAttributes((update) -> update.userPoolId((String) event.get("userPoolId"))
						.username((String) event.get("userName"))
						.userAttributes(AttributeType.builder().name("phone_number").value(newNumber).build(),
								AttributeType.builder().name("phone_number_verified").value("true").build()));
				}
			}
			return event;
		}

	}

}
