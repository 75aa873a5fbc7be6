package dev.passwordless.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A local Cognito user pool and SNS SMS outbox on 127.0.0.1 that runs the real trigger
 * handlers in-process. Any AWS client pointed at {@link PoolInfo#endpoint()} works
 * unchanged.
 *
 * <pre>
 * try (LocalCognito cognito = LocalCognito.start(LocalCognitoConfig.inMemory().build())) {
 *     PoolInfo pool = cognito.pool();
 *     // CognitoIdentityProviderClient.builder().endpointOverride(pool.endpoint()).region(Region.of(pool.region()))
 * }
 * </pre>
 *
 * <p>
 * The triggers' own SDK clients reach it through the SDK's standard endpoint settings:
 * starting a pool sets the system properties {@code aws.endpointUrlSns} and
 * {@code aws.endpointUrlCognitoIdentityProvider} to its endpoint, so run one pool per JVM
 * at a time.
 */
public final class LocalCognito implements AutoCloseable {

	/**
	 * The Create trigger's setting that holds the secret numbers are hashed with (the
	 * triggers' {@code TriggerEnvironment.SEND_LIMIT_KEY}; this module loads the triggers
	 * by class name and does not compile against them).
	 */
	private static final String SEND_LIMIT_KEY = "SEND_LIMIT_KEY";

	private final HttpServer server;

	private final ExecutorService executor;

	private final UserStore store;

	private final Triggers triggers;

	private final PoolInfo info;

	private final SmsOutbox outbox;

	private LocalCognito(HttpServer server, ExecutorService executor, UserStore store, Triggers triggers, PoolInfo info,
			SmsOutbox outbox) {
		this.server = server;
		this.executor = executor;
		this.store = store;
		this.triggers = triggers;
		this.info = info;
		this.outbox = outbox;
	}

	/** Starts a pool with the system clock. */
	public static LocalCognito start(LocalCognitoConfig config) {
		return start(config, Clock.systemUTC());
	}

	/**
	 * Starts a pool.
	 * @param config the pool's settings
	 * @param clock the pool's clock (sessions, tokens); tests move it to expire things
	 * @return the running pool
	 * @throws IllegalStateException when the port is taken or a trigger cannot start
	 */
	public static LocalCognito start(LocalCognitoConfig config, Clock clock) {
		HttpServer server = bind(config.port());
		UserStore store = null;
		Triggers triggers = null;
		try {
			URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
			String issuer = (config.issuer() != null) ? config.issuer() : endpoint + "/" + config.userPoolId();
			PoolInfo info = new PoolInfo(endpoint, config.region(), config.userPoolId(), config.clientId(), issuer);
			System.setProperty("aws.endpointUrlSns", endpoint.toString());
			System.setProperty("aws.endpointUrlCognitoIdentityProvider", endpoint.toString());
			if (config.dataDirectory() != null) {
				Files.createDirectories(config.dataDirectory());
			}
			ObjectMapper json = new ObjectMapper();
			store = new UserStore(config.dataDirectory(), json);
			SmsOutbox outbox = new SmsOutbox(config.echoSms());
			triggers = new Triggers(config.triggerHandlers(), triggerEnvironment(config, store), clock,
					new EmbeddedSendLimitStore(store), config.triggerTimeout(), json);
			Pool pool = new Pool(config, json, store, new Tokens(config, issuer, store, clock),
					new AuthSessions(clock, config.authSessionValidity()), triggers, outbox, clock);
			ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
			server.createContext("/", new HttpFront(pool, operations(pool), new SnsPublish(outbox, clock), info));
			server.setExecutor(executor);
			server.start();
			return new LocalCognito(server, executor, store, triggers, info, outbox);
		}
		catch (IOException | RuntimeException ex) {
			server.stop(0);
			if (triggers != null) {
				triggers.close();
			}
			if (store != null) {
				store.close();
			}
			if (ex instanceof IOException io) {
				throw new UncheckedIOException("Cannot create the data directory " + config.dataDirectory(), io);
			}
			throw (RuntimeException) ex;
		}
	}

	/** Endpoint, region, pool id, client id and issuer. */
	public PoolInfo pool() {
		return this.info;
	}

	/** The SMS the triggers sent. */
	public SmsOutbox outbox() {
		return this.outbox;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		this.triggers.close();
		this.store.close();
	}

	static Map<String, Operation> operations(Pool pool) {
		ChallengeSteps steps = new ChallengeSteps(pool);
		GroupOperations groups = new GroupOperations(pool);
		Map<String, Operation> operations = new LinkedHashMap<>();
		operations.put("SignUp", new SignUpOperation(pool));
		operations.put("InitiateAuth", new InitiateAuthOperation(pool, steps));
		operations.put("RespondToAuthChallenge", new RespondToAuthChallengeOperation(pool, steps));
		operations.put("GetUser", new GetUserOperation(pool));
		operations.put("GlobalSignOut", new GlobalSignOutOperation(pool));
		operations.put("RevokeToken", new RevokeTokenOperation(pool));
		operations.put("DeleteUser", new DeleteUserOperation(pool));
		operations.put("AdminGetUser", new AdminGetUserOperation(pool));
		operations.put("AdminDeleteUser", new AdminDeleteUserOperation(pool));
		operations.put("AdminUpdateUserAttributes", new AdminUpdateUserAttributesOperation(pool));
		operations.put("AdminUserGlobalSignOut", new AdminUserGlobalSignOutOperation(pool));
		operations.put("ListUsers", new ListUsersOperation(pool));
		operations.put("CreateGroup", groups::create);
		operations.put("AdminAddUserToGroup", groups::addUser);
		operations.put("AdminRemoveUserFromGroup", groups::removeUser);
		operations.put("AdminListGroupsForUser", groups::listForUser);
		return operations;
	}

	private static Map<String, String> triggerEnvironment(LocalCognitoConfig config, UserStore store) {
		Map<String, String> environment = new HashMap<>(config.triggerEnvironment());
		// the secret numbers are hashed with, kept with the pool's data like its signing
		// keys
		environment.computeIfAbsent(SEND_LIMIT_KEY, (name) -> store.signingKeyIfAbsent("send-limits", randomSecret()));
		environment.put("AWS_REGION", config.region());
		environment.putIfAbsent("AWS_ACCESS_KEY_ID", "local");
		environment.putIfAbsent("AWS_SECRET_ACCESS_KEY", "local");
		return environment;
	}

	private static String randomSecret() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	private static HttpServer bind(int port) {
		// Without TCP_NODELAY small responses wait for delayed ACKs (~40 ms stalls); the
		// JDK server reads this
		// once, when its first instance is made.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		try {
			return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
		}
		catch (BindException ex) {
			throw new IllegalStateException(
					"Port " + port + " on 127.0.0.1 is in use; stop the other process or choose another port", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
