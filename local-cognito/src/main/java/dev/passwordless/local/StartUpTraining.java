package dev.passwordless.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.rules.SecretHash;

/**
 * The training run behind the launcher's start-up cache ({@code bin/local-cognito} runs
 * it once under {@code -XX:AOTCacheOutput}): starts a pool on a free port with a
 * throw-away data directory and goes through what clients do over HTTP (sign-up, sign-in
 * with the code from the outbox, the user and admin operations, a refresh), so that the
 * classes and profiles of those paths are in the cache. Not needed to run the pool; it
 * only makes the next starts faster.
 *
 * <p>
 * The pool is set up as the launcher's defaults set it up, so its app client has a secret
 * and every call that names a user carries {@code SECRET_HASH} as a client computes it; a
 * call that is refused ends the run with a non-zero exit code, and the launcher then
 * makes no cache.
 */
public final class StartUpTraining {

	/** A SigV4 Authorization header in the SDK's shape, for dummy credentials. */
	private static final String SIGV4 = "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/cognito-idp/aws4_request, "
			+ "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final PoolInfo pool;

	private StartUpTraining(PoolInfo pool) {
		this.pool = pool;
	}

	public static void main(String[] args) throws IOException {
		train((args.length > 0) ? Integer.parseInt(args[0]) : 30);
	}

	/**
	 * Starts a throw-away pool and signs up, signs in and manages that many users.
	 * @throws IllegalStateException when the pool refuses a call
	 */
	static void train(int rounds) throws IOException {
		Path data = Files.createTempDirectory("local-cognito-training");
		try (LocalCognito cognito = LocalCognito.start(LocalCognitoConfig.inMemory()
			.dataDirectory(data)
			.echoSms(false)
			.triggerEnvironment("SEND_COOLDOWN_SECONDS", "0")
			.triggerEnvironment("SENDS_PER_HOUR", "100")
			.build())) {
			StartUpTraining training = new StartUpTraining(cognito.pool());
			for (int i = 0; i < rounds; i++) {
				training.round("+1202555" + String.format("%04d", 100 + i % 100), i == 0);
			}
		}
		finally {
			try (Stream<Path> files = Files.walk(data)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	private void round(String phone, boolean first) {
		String poolId = this.pool.userPoolId();
		String clientId = this.pool.clientId();
		if (first) {
			call("CreateGroup", body().put("UserPoolId", poolId).put("GroupName", "training"));
		}
		ObjectNode signUp = withSecretHash(
				body().put("ClientId", clientId).put("Username", phone).put("Password", "Aa1!training-only-password"),
				"SecretHash", phone);
		signUp.putArray("UserAttributes").addObject().put("Name", "name").put("Value", "Training Run");
		call("SignUp", signUp);
		call("AdminAddUserToGroup",
				body().put("UserPoolId", poolId).put("Username", phone).put("GroupName", "training"));
		ObjectNode start = body().put("ClientId", clientId).put("AuthFlow", "CUSTOM_AUTH");
		withSecretHash(start.putObject("AuthParameters").put("USERNAME", phone), "SECRET_HASH", phone);
		JsonNode challenge = call("InitiateAuth", start);
		String username = challenge.path("ChallengeParameters").path("USERNAME").asText();
		JsonNode messages = get("/_aws/sns/sms-messages?phoneNumber=" + phone.replace("+", "%2B")).path("sms_messages")
			.path(phone);
		String code = messages.get(messages.size() - 1).path("Message").asText().replaceAll("\\D*(\\d{6,10}).*", "$1");
		ObjectNode answer = body().put("ClientId", clientId)
			.put("ChallengeName", "CUSTOM_CHALLENGE")
			.put("Session", challenge.path("Session").asText());
		withSecretHash(answer.putObject("ChallengeResponses").put("USERNAME", username).put("ANSWER", code),
				"SECRET_HASH", username);
		JsonNode tokens = call("RespondToAuthChallenge", answer).path("AuthenticationResult");
		String accessToken = tokens.path("AccessToken").asText();
		call("GetUser", body().put("AccessToken", accessToken));
		call("AdminGetUser", body().put("UserPoolId", poolId).put("Username", phone));
		call("ListUsers", body().put("UserPoolId", poolId).put("Filter", "phone_number = \"" + phone + "\""));
		call("ListUsers", body().put("UserPoolId", poolId).put("Filter", "name ^= \"Train\"").put("Limit", 10));
		call("ListUsers", body().put("UserPoolId", poolId).put("Limit", 60));
		call("AdminListGroupsForUser", body().put("UserPoolId", poolId).put("Username", phone));
		ObjectNode refresh = body().put("ClientId", clientId).put("AuthFlow", "REFRESH_TOKEN_AUTH");
		// a refresh's hash is over the internal user name, the one the challenge named
		withSecretHash(refresh.putObject("AuthParameters").put("REFRESH_TOKEN", tokens.path("RefreshToken").asText()),
				"SECRET_HASH", username);
		call("InitiateAuth", refresh);
		call("GlobalSignOut", body().put("AccessToken", accessToken));
		call("AdminDeleteUser", body().put("UserPoolId", poolId).put("Username", phone));
		get("/" + poolId + "/.well-known/jwks.json");
		get("/_local/pool");
	}

	/**
	 * Adds the secret hash over that user name as that member, when the client has a
	 * secret (a public client must not get one).
	 */
	private ObjectNode withSecretHash(ObjectNode request, String member, String username) {
		if (this.pool.clientSecret() != null) {
			request.put(member, secretHash(username));
		}
		return request;
	}

	/**
	 * Base64(HMAC-SHA256(client secret, user name + client id)), as a client computes it.
	 */
	private String secretHash(String username) {
		return SecretHash.of(this.pool.clientSecret(), username, this.pool.clientId());
	}

	private static ObjectNode body() {
		return JSON.createObjectNode();
	}

	private JsonNode call(String operation, ObjectNode body) {
		return exchange("/", "POST", operation, body.toString());
	}

	private JsonNode get(String path) {
		return exchange(path, "GET", null, null);
	}

	private JsonNode exchange(String path, String method, String operation, String body) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(this.pool.endpoint() + path)
				.toURL()
				.openConnection();
			connection.setRequestMethod(method);
			if (operation != null) {
				connection.setDoOutput(true);
				connection.setRequestProperty("Content-Type", "application/x-amz-json-1.1");
				connection.setRequestProperty("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
				// as an SDK with credentials sends it: the admin operations need a
				// signature
				// (its shape; the pool does not check it)
				connection.setRequestProperty("Authorization", SIGV4);
				try (OutputStream out = connection.getOutputStream()) {
					out.write(body.getBytes(StandardCharsets.UTF_8));
				}
			}
			int status = connection.getResponseCode();
			try (InputStream in = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
				String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				if (status != 200) {
					throw new IllegalStateException(operation + " answered " + status + ": " + answer);
				}
				return JSON.readTree(answer);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
