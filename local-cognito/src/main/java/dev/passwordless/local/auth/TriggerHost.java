package dev.passwordless.local.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.rules.SendLimitStore;

/**
 * Hosts the pool's Lambda triggers in-process, as Lambda would: handlers are loaded by
 * class name and built once, each event is JSON text read with the Lambda Java runtime's
 * own serializer, the result is written back the same way, and every call has Cognito's
 * time budget and Cognito's retries: a call that runs out of time is made again with the
 * same event, up to {@value #ATTEMPTS} attempts in all.
 * <p>
 * Building the handlers (their SDK clients, the Lambda serializer) is most of the pool's
 * start-up, so it happens on a thread of its own while the pool starts serving; a call
 * that comes first waits for it, and {@link #awaitLoaded()} reports a handler that could
 * not be built.
 */
public final class TriggerHost implements AutoCloseable {

	/**
	 * How many times a trigger is called before its time-out reaches the client: "If it
	 * does not [respond within 5 seconds], Amazon Cognito retries the call. After 3
	 * unsuccessful attempts, the function times out" (docs/cognito-custom-auth.md, 2.6).
	 */
	public static final int ATTEMPTS = 3;

	private record Handler(RequestHandler<Object, Object> instance, PojoSerializer<Object> serializer) {
	}

	private final ObjectMapper json;

	private final Set<Trigger> configured;

	private final CompletableFuture<Map<Trigger, Handler>> handlers;

	private final Duration timeout;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	/**
	 * Starts loading and building the handlers.
	 * @param handlerClasses trigger to handler class name; a trigger left out is not
	 * configured
	 * @param environment the triggers' settings
	 * @param clock the pool's time, for handlers that take one
	 * @param sendLimits the pool's send-limits store, for handlers that take one
	 * @param timeout each call's budget
	 * @param json the pool's mapper
	 */
	public TriggerHost(Map<Trigger, String> handlerClasses, Map<String, String> environment, Clock clock,
			SendLimitStore sendLimits, Duration timeout, ObjectMapper json) {
		this.json = json;
		this.timeout = timeout;
		this.configured = Set.copyOf(handlerClasses.keySet());
		Map<Trigger, String> classes = new EnumMap<>(handlerClasses);
		this.handlers = CompletableFuture.supplyAsync(() -> {
			Map<Trigger, Handler> loaded = new EnumMap<>(Trigger.class);
			classes.forEach((trigger, className) -> loaded.put(trigger,
					load(trigger, className, environment, clock, sendLimits)));
			return loaded;
		}, (task) -> Thread.ofPlatform().name("local-cognito-triggers").daemon().start(task));
	}

	/** Whether the pool has this trigger. */
	public boolean has(Trigger trigger) {
		return this.configured.contains(trigger);
	}

	/**
	 * Waits until every handler is built.
	 * @throws IllegalStateException naming the trigger when a handler cannot be built
	 * (e.g. a setting it refuses)
	 */
	public void awaitLoaded() {
		loaded();
	}

	/**
	 * Invokes a trigger with an event and returns the {@code response} part of what it
	 * returned. A call that runs out of time is ended (the deployed functions time out
	 * with Cognito) and made again with the same event, as Cognito does, up to
	 * {@value #ATTEMPTS} attempts; a handler that fails is not called again.
	 * @throws CognitoException {@code UserLambdaValidationException} when the handler
	 * throws, {@code UnexpectedLambdaException} when every attempt runs out of time,
	 * {@code InvalidLambdaResponseException} when its output is unusable
	 */
	public ObjectNode invoke(Trigger trigger, ObjectNode event) {
		Handler handler = loaded().get(trigger);
		String name = trigger.cognitoName();
		String eventJson = event.toString();
		for (int attempt = 1;; attempt++) {
			// read anew for each attempt: the attempt that ran out of time may still
			// change its own copy
			Object input = handler.serializer().fromJson(eventJson);
			Future<Object> call = this.executor.submit(
					() -> handler.instance().handleRequest(input, new TriggerContext(name, this.timeout.toMillis())));
			try {
				return response(handler, call.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS));
			}
			catch (TimeoutException ex) {
				// inferred: the deployed functions' own time-out is Cognito's 5 s
				// (TriggerFunction.TIMEOUT), so Lambda ends an attempt Cognito stopped
				// waiting for
				call.cancel(true);
				if (attempt == ATTEMPTS) {
					throw new CognitoException("UnexpectedLambdaException",
							name + " invocation failed due to error Socket timeout while invoking Lambda function.");
				}
				// inferred: at once, with no pause between the attempts
				System.out.println("[local-cognito] " + name + " took longer than " + this.timeout.toMillis()
						+ " ms; calling it again with the same event (attempt " + (attempt + 1) + " of " + ATTEMPTS
						+ "), as Cognito does");
			}
			catch (ExecutionException ex) {
				// an answer, if a failed one: Cognito retries only a call that does not
				// answer in time
				throw new CognitoException("UserLambdaValidationException",
						name + " failed with error " + ex.getCause().getMessage() + ".");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new CognitoException("UnexpectedLambdaException", name + " invocation was interrupted.");
			}
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	private Map<Trigger, Handler> loaded() {
		try {
			return this.handlers.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof IllegalStateException cause) {
				throw cause;
			}
			throw new IllegalStateException("Cannot start the triggers: " + ex.getCause(), ex.getCause());
		}
	}

	private ObjectNode response(Handler handler, Object output) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			handler.serializer().toJson(output, out);
			JsonNode result = this.json.readTree(out.toString(StandardCharsets.UTF_8));
			if (result != null && result.get("response") instanceof ObjectNode response) {
				return response;
			}
			if (result instanceof ObjectNode && !result.has("response")) {
				// e.g. Post authentication, whose event class has no response and whose
				// answer Cognito ignores
				return this.json.createObjectNode();
			}
		}
		catch (IOException | RuntimeException ex) {
			// fall through: Cognito cannot read it either
		}
		throw new CognitoException("InvalidLambdaResponseException", "Unrecognizable lambda output");
	}

	@SuppressWarnings("unchecked")
	private static Handler load(Trigger trigger, String className, Map<String, String> environment, Clock clock,
			SendLimitStore sendLimits) {
		try {
			Class<?> type = Class.forName(className, true, TriggerHost.class.getClassLoader());
			if (!RequestHandler.class.isAssignableFrom(type)) {
				throw new IllegalArgumentException(className + " is not a RequestHandler");
			}
			Object instance = construct(type, environment, clock, sendLimits);
			return new Handler((RequestHandler<Object, Object>) instance,
					(PojoSerializer<Object>) JacksonFactory.getInstance().getSerializer(inputType(type)));
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			Throwable cause = (ex instanceof InvocationTargetException target) ? target.getCause() : ex;
			throw new IllegalStateException(
					"Cannot start the " + trigger.cognitoName() + " trigger " + className + ": " + cause.getMessage(),
					cause);
		}
	}

	/**
	 * The richest public constructor: (settings, clock, send-limits store), (settings,
	 * clock), (settings) or none, so a handler gets the pool's time and store when it can
	 * take them.
	 */
	private static Object construct(Class<?> type, Map<String, String> environment, Clock clock,
			SendLimitStore sendLimits) throws ReflectiveOperationException {
		Object[][] candidates = { { environment, clock, sendLimits }, { environment, clock }, { environment }, {} };
		Class<?>[][] signatures = { { Map.class, Clock.class, SendLimitStore.class }, { Map.class, Clock.class },
				{ Map.class }, {} };
		for (int i = 0; i < signatures.length; i++) {
			try {
				Constructor<?> constructor = type.getConstructor(signatures[i]);
				return constructor.newInstance(candidates[i]);
			}
			catch (NoSuchMethodException ex) {
				// try the next, poorer one
			}
		}
		throw new NoSuchMethodException(type.getName() + " has no public constructor a host can call");
	}

	/**
	 * The event type, as the Lambda runtime finds it: the first parameter of the concrete
	 * handleRequest.
	 */
	private static Class<?> inputType(Class<?> type) {
		for (Method method : type.getMethods()) {
			if (method.getName().equals("handleRequest") && method.getParameterCount() == 2 && !method.isBridge()
					&& method.getParameterTypes()[1] == Context.class) {
				return method.getParameterTypes()[0];
			}
		}
		throw new IllegalArgumentException(type.getName() + " has no handleRequest(event, Context)");
	}

}
