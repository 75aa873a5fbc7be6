package dev.passwordless.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.auth.TriggerHost;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.store.Database;
import dev.passwordless.local.store.SigningKeyStore;

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

	private final HttpServer server;

	private final ExecutorService executor;

	private final Database database;

	private final TriggerHost triggers;

	private final Tokens tokens;

	private final PoolInfo info;

	private final SmsOutbox outbox;

	private final AtomicBoolean open = new AtomicBoolean(true);

	private LocalCognito(HttpServer server, ExecutorService executor, Database database, TriggerHost triggers,
			Tokens tokens, PoolInfo info, SmsOutbox outbox) {
		this.server = server;
		this.executor = executor;
		this.database = database;
		this.triggers = triggers;
		this.tokens = tokens;
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
	 * @param clock the pool's clock (sessions, tokens, and the triggers' time, send
	 * limits included); tests move it to expire things
	 * @return the running pool, its triggers and kept keys loaded
	 * @throws IllegalStateException when the port is taken, a trigger cannot start or a
	 * kept key cannot be loaded
	 */
	public static LocalCognito start(LocalCognitoConfig config, Clock clock) {
		LocalCognito cognito = launch(config, clock);
		try {
			cognito.awaitReady();
		}
		catch (RuntimeException ex) {
			cognito.close();
			throw ex;
		}
		return cognito;
	}

	/**
	 * Starts serving as soon as the database is open; the triggers and the kept signing
	 * keys load on threads of their own, and a request that needs them waits for them
	 * (what the standalone launcher does, to answer its first request early, and what an
	 * application embedding the pool does, to start the rest of itself meanwhile). Call
	 * {@link #awaitReady()} before relying on the pool being whole.
	 * @param config the pool's settings
	 * @param clock the pool's clock, as for {@link #start(LocalCognitoConfig, Clock)}
	 * @return the pool, serving, its triggers and kept keys still loading
	 * @throws IllegalStateException when the port is taken
	 */
	public static LocalCognito launch(LocalCognitoConfig config, Clock clock) {
		HttpServer server = bind(config.port());
		Database database = null;
		TriggerHost triggers = null;
		try {
			URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
			String issuer = (config.issuer() != null) ? config.issuer() : endpoint + "/" + config.userPoolId();
			System.setProperty("aws.endpointUrlSns", endpoint.toString());
			System.setProperty("aws.endpointUrlCognitoIdentityProvider", endpoint.toString());
			// member names as long as the model's map keys (ClientMetadata), so the
			// model's
			// check answers them rather than the parser's default of 50,000
			ObjectMapper json = new ObjectMapper(JsonFactory.builder()
				.streamReadConstraints(
						StreamReadConstraints.builder().maxNameLength(JsonRequest.MAP_STRING_LENGTH + 1).build())
				.build());
			database = new Database(config.dataDirectory());
			PoolStores stores = PoolStores.open(database, json, clock);
			PoolInfo info = new PoolInfo(endpoint, config.region(), config.userPoolId(), config.clientId(), issuer,
					clientSecret(config, stores.keys()));
			triggers = new TriggerHost(TriggerSetup.handlers(config), TriggerSetup.environment(config, stores.keys()),
					clock, stores.sendLimits(), config.triggerTimeout(), json);
			SmsOutbox outbox = new SmsOutbox(config.echoSms());
			Tokens tokens = new Tokens(new Tokens.Validity(config.accessTokenValidity(), config.idTokenValidity(),
					config.refreshTokenValidity()), issuer, stores.keys(), stores.refreshTokens(), clock);
			server.createContext("/", PoolRouter.of(config, clock, json, stores, triggers, tokens, outbox, info));
			ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
			server.setExecutor(executor);
			server.start();
			return new LocalCognito(server, executor, database, triggers, tokens, info, outbox);
		}
		catch (RuntimeException ex) {
			server.stop(0);
			if (triggers != null) {
				triggers.close();
			}
			if (database != null) {
				database.close();
			}
			throw ex;
		}
	}

	/**
	 * Waits until the triggers and the signing keys the pool keeps are loaded; returns at
	 * once when they are. Keys it does not keep yet are made from the first sign-in's
	 * first step ({@code InitiateAuth}) on.
	 * @throws IllegalStateException when a trigger cannot start or a kept key cannot be
	 * loaded
	 */
	public void awaitReady() {
		this.triggers.awaitLoaded();
		this.tokens.awaitKeys();
	}

	/**
	 * Starts making the token signing keys the pool does not keep yet, on threads of
	 * their own, rather than at the first sign-in's first step; {@link #awaitReady()}
	 * then waits for them too. For a pool whose keys are asked for early: an app whose
	 * readiness reads the JWKS, a pool others use.
	 */
	public void prepareKeys() {
		this.tokens.prepareKeys();
	}

	/** Whether both token signing keys are loaded or made (a sign-in will not wait). */
	public boolean keysReady() {
		return this.tokens.keysReady();
	}

	/** Endpoint, region, pool id, client id and issuer. */
	public PoolInfo pool() {
		return this.info;
	}

	/** The SMS the triggers sent. */
	public SmsOutbox outbox() {
		return this.outbox;
	}

	/** Stops serving and closes the database; closing again does nothing. */
	@Override
	public void close() {
		if (!this.open.compareAndSet(true, false)) {
			return;
		}
		this.server.stop(0);
		this.executor.shutdownNow();
		this.triggers.close();
		this.database.close();
	}

	/** The client's secret: none, the configured one, or one generated once and kept. */
	private static String clientSecret(LocalCognitoConfig config, SigningKeyStore keys) {
		if (!config.clientSecretEnabled()) {
			return null;
		}
		return (config.clientSecret() != null) ? config.clientSecret()
				: keys.findOrCreate("client-secret", AppClient::newSecret);
	}

	private static HttpServer bind(int port) {
		// Without TCP_NODELAY small responses wait for delayed ACKs (~40 ms stalls); the
		// JDK server reads this once, when its first instance is made.
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
