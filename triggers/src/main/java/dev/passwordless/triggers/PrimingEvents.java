package dev.passwordless.triggers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.passwordless.triggers.signup.SignUpRejectedException;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The invocations each handler runs before a SnapStart snapshot: Cognito's events as
 * JSON, taking the handler's usual paths, for numbers reserved for fiction, through
 * handlers wired so that nothing is sent or stored (see {@link Dependencies}). Each goes
 * into the handler's stream entry point, as the Lambda runtime sends it; the log lines of
 * a priming invocation go nowhere.
 */
final class PrimingEvents {

	private static final FunctionContext QUIET = new FunctionContext("priming", (line) -> {
	});

	private PrimingEvents() {
	}

	/**
	 * A code in English, the same session's second round, a code in German, an unknown
	 * user's decoy.
	 */
	static void create(CreateAuthChallengeHandler handler) {
		String first = invoke(handler,
				event("CreateAuthChallenge_Authentication", "priming-en", user("+12025550100", "en"),
						"\"challengeName\":\"CUSTOM_CHALLENGE\",\"session\":[],\"userNotFound\":false"));
		String metadata = parse(first).field("response")
			.flatMap((response) -> response.field("challengeMetadata"))
			.map(JsonNode::text)
			.orElse("");
		invoke(handler,
				event("CreateAuthChallenge_Authentication", "priming-en", user("+12025550100", "en"),
						"\"challengeName\":\"CUSTOM_CHALLENGE\",\"session\":[" + round(false, metadata)
								+ "],\"userNotFound\":false"));
		invoke(handler, event("CreateAuthChallenge_Authentication", "priming-de", user("+12025550101", "de-DE"),
				"\"challengeName\":\"CUSTOM_CHALLENGE\",\"session\":[]"));
		invoke(handler, event("CreateAuthChallenge_Authentication", "priming-unknown", "{}",
				"\"challengeName\":\"CUSTOM_CHALLENGE\",\"session\":[],\"userNotFound\":true"));
	}

	/** A first round, a round after a wrong answer, a round after the right one. */
	static void define(DefineAuthChallengeHandler handler) {
		for (String session : new String[] { "", round(false, "x"), round(false, "x") + "," + round(true, "x") }) {
			invoke(handler, event("DefineAuthChallenge_Authentication", "priming", user("+12025550100", null),
					"\"session\":[" + session + "],\"userNotFound\":false"));
		}
	}

	/** A wrong answer to a well-formed challenge, and a malformed answer. */
	static void verify(VerifyAuthChallengeHandler handler) {
		// the stored form (expiry, 16-byte salt, 32-byte hash) of a challenge no code
		// answers
		String challenge = "CODE2:" + Long.MAX_VALUE / 1000 + ":" + "A".repeat(22) + ":" + "A".repeat(43);
		for (String answer : new String[] { "123456", "12 34" }) {
			invoke(handler,
					event("VerifyAuthChallengeResponse_Authentication", "priming", user("+12025550100", null),
							"\"privateChallengeParameters\":{\"challenge\":\"" + challenge
									+ "\"},\"challengeAnswer\":\"" + answer + "\",\"userNotFound\":false"));
		}
	}

	/** A registration that passes and one that is refused. */
	static void preSignUp(PreSignUpHandler handler) {
		for (String phone : new String[] { "+12025550100", "+1202" }) {
			try {
				invoke(handler, event("PreSignUp_SignUp", "priming",
						"{\"phone_number\":\"" + phone + "\",\"name\":\"Ada Lovelace\"}", "\"validationData\":null"));
			}
			catch (SignUpRejectedException ex) {
				// the refused one
			}
		}
	}

	/**
	 * An ordinary sign-in, which offers nothing: priming writes nothing (a change's offer
	 * is a plain {@code PutItem}, linked at the first change).
	 */
	static void preAuthentication(PreAuthenticationHandler handler) {
		invoke(handler, event("PreAuthentication_Authentication", "priming", user("+12025550100", null),
				"\"validationData\":null,\"userNotFound\":false"));
	}

	/** A first sign-in, which marks the number verified. */
	static void postAuthentication(PostAuthenticationHandler handler) {
		invoke(handler, event("PostAuthentication_Authentication", "priming",
				"{\"phone_number\":\"+12025550100\",\"phone_number_verified\":\"false\"}", "\"newDeviceUsed\":false"));
	}

	/** Invokes a handler as the runtime would; returns the answer's JSON. */
	private static String invoke(RequestStreamHandler handler, String event) {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		try {
			handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), answer, QUIET);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return answer.toString(StandardCharsets.UTF_8);
	}

	private static String event(String triggerSource, String userName, String userAttributes, String request) {
		return "{\"version\":\"1\",\"region\":\"us-east-1\",\"userPoolId\":\"us-east-1_Priming01\",\"userName\":\""
				+ userName + "\",\"callerContext\":{\"awsSdkVersion\":\"priming\",\"clientId\":\"priming\"},"
				+ "\"triggerSource\":\"" + triggerSource + "\",\"request\":{\"userAttributes\":" + userAttributes + ","
				+ request + "},\"response\":{}}";
	}

	private static String user(String phone, String locale) {
		return "{\"sub\":\"00000000-0000-4000-8000-000000000000\",\"phone_number\":\"" + phone + "\""
				+ ((locale != null) ? ",\"locale\":\"" + locale + "\"" : "") + "}";
	}

	private static String round(boolean result, String metadata) {
		return "{\"challengeName\":\"CUSTOM_CHALLENGE\",\"challengeResult\":" + result + ",\"challengeMetadata\":\""
				+ metadata + "\"}";
	}

	private static JsonNode parse(String json) {
		return JsonNode.parser().parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
