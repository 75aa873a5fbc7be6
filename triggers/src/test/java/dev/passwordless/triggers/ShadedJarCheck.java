package dev.passwordless.triggers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.passwordless.triggers.limits.DailyBudgetExhaustedException;
import dev.passwordless.triggers.signup.SignUpRejectedException;
import dev.passwordless.triggers.sms.SmsDeliveryException;

/**
 * Run by {@link ShadedJarIT} in a JVM whose class path is the deployable jar (and this
 * test's classes, and the Lambda runtime's CRaC context): links the three SDK clients,
 * builds every handler as Lambda does, runs their SnapStart priming, then their usual and
 * error paths through the stream entry point Lambda calls. Exits non-zero on the first
 * class the jar lacks or answer it gets wrong.
 */
public final class ShadedJarCheck {

	private ShadedJarCheck() {
	}

	public static void main(String[] args) throws Exception {
		String listener = args[0];
		for (String client : new String[] { "software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient",
				"software.amazon.awssdk.services.sns.DefaultSnsClient",
				"software.amazon.awssdk.services.cognitoidentityprovider.DefaultCognitoIdentityProviderClient" }) {
			Class.forName(client, true, ShadedJarCheck.class.getClassLoader());
		}
		// a number change's lookup (Create): its request, marshaller and answer
		for (String shape : new String[] {
				"software.amazon.awssdk.services.cognitoidentityprovider.transform.ListUsersRequestMarshaller",
				"software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse",
				"software.amazon.awssdk.services.cognitoidentityprovider.model.UserType",
				"software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException" }) {
			Class.forName(shape, true, ShadedJarCheck.class.getClassLoader());
		}
		CreateAuthChallengeHandler create = new CreateAuthChallengeHandler();
		DefineAuthChallengeHandler define = new DefineAuthChallengeHandler();
		VerifyAuthChallengeHandler verify = new VerifyAuthChallengeHandler();
		PreSignUpHandler preSignUp = new PreSignUpHandler();
		PostAuthenticationHandler postAuthentication = new PostAuthenticationHandler();
		PreAuthenticationHandler preAuthentication = new PreAuthenticationHandler();
		String before = received(listener);
		try {
			com.amazonaws.services.lambda.crac.Core.getGlobalContext().beforeCheckpoint(null);
		}
		catch (UnsatisfiedLinkError ex) {
			// the runtime's native DNS-cache clearing, after the hooks ran
		}
		com.amazonaws.services.lambda.crac.Core.getGlobalContext().afterRestore(null);
		expect(received(listener).equals(before), "priming reached SNS or Cognito");

		String first = invoke(create, CreateEvents.json("+12025550150"));
		expect(first.contains("\"codeLength\":\"6\""), "no challenge: " + first);
		invoke(create, CreateEvents.json("+12025550150"));
		invoke(create, CreateEvents.json("+12025550150").replace("\"userNotFound\":false", "\"userNotFound\":true"));
		expectFailure(() -> invoke(create, CreateEvents.json("+12025550199")), SmsDeliveryException.class);
		expectFailure(() -> invoke(create, CreateEvents.json("+12025550151")), DailyBudgetExhaustedException.class);

		expect(invoke(define, fixture("define-auth-challenge")).contains("\"challengeName\":\"CUSTOM_CHALLENGE\""),
				"define");
		expect(invoke(verify, fixture("verify-auth-challenge-response")).contains("\"answerCorrect\":false"), "verify");
		expect(invoke(preSignUp, fixture("pre-sign-up")).contains("\"autoConfirmUser\":true"), "pre sign-up");
		expectFailure(() -> invoke(preSignUp, fixture("pre-sign-up").replace("+14155550123", "+1415")),
				SignUpRejectedException.class);
		invoke(postAuthentication, fixture("post-authentication"));
		invoke(postAuthentication, fixture("post-authentication").replace("0f3c9a52", "fail-user"));
		invoke(preAuthentication, fixture("pre-authentication"));
		// a number change's offer: its DynamoDB write
		invoke(preAuthentication, fixture("pre-authentication").replace("\"validationData\": null",
				"\"validationData\": {\"purpose\": \"change-number\", \"newPhoneNumber\": \"+14155550177\"}"));
		System.out.println("SHADED-JAR-OK");
	}

	private static String invoke(RequestStreamHandler handler, String event) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = ShadedJarCheck.class.getResourceAsStream("/events/" + name + ".json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** What the listener received so far, as it counts it. */
	private static String received(String listener) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client
				.send(HttpRequest.newBuilder(URI.create(listener + "/received")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
	}

	private static void expect(boolean condition, String problem) {
		if (!condition) {
			throw new AssertionError(problem);
		}
	}

	private static void expectFailure(Call call, Class<? extends RuntimeException> type) throws IOException {
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			if (type.isInstance(ex)) {
				return;
			}
			throw ex;
		}
		throw new AssertionError("expected " + type.getSimpleName());
	}

	@FunctionalInterface
	private interface Call {

		void run() throws IOException;

	}

}
