package dev.passwordless.local;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import dev.passwordless.local.auth.Trigger;
import dev.passwordless.local.store.SigningKeyStore;

/**
 * What the pool runs its triggers with: a handler class per trigger, and the environment
 * Lambda would give them. That environment is the configured settings, plus what the
 * stand-in supplies when they leave it out: the keys the triggers hash with (generated
 * once, kept with the pool's data), the country allowlist
 * ({@link LocalCognitoConfig#DEFAULT_ALLOWED_COUNTRIES}), the region and credentials for
 * their SDK clients.
 */
final class TriggerSetup {

	/**
	 * The Create trigger's setting that holds the secret numbers are hashed with (the
	 * triggers' {@code TriggerEnvironment.SEND_LIMIT_KEY}; this module loads the triggers
	 * by class name and does not compile against them).
	 */
	static final String SEND_LIMIT_KEY = "SEND_LIMIT_KEY";

	/**
	 * The server-side secret code hashes are keyed with (the triggers'
	 * {@code TriggerEnvironment.CODE_HASH_KEY}), generated and kept like the one above.
	 */
	static final String CODE_HASH_KEY = "CODE_HASH_KEY";

	/**
	 * The region codes the triggers accept numbers from (the triggers'
	 * {@code TriggerEnvironment.ALLOWED_COUNTRIES}), which they require.
	 */
	static final String ALLOWED_COUNTRIES = "ALLOWED_COUNTRIES";

	private TriggerSetup() {
	}

	static Map<Trigger, String> handlers(LocalCognitoConfig config) {
		Map<Trigger, String> handlers = new EnumMap<>(Trigger.class);
		config.triggerHandlers()
			.forEach((name, className) -> handlers.put(Trigger.named(name).orElseThrow(), className));
		return handlers;
	}

	/**
	 * @param keys where the generated keys are kept
	 * @return the configured settings, with what was left out supplied; a setting given,
	 * even empty, is kept as given
	 */
	static Map<String, String> environment(LocalCognitoConfig config, SigningKeyStore keys) {
		Map<String, String> environment = new HashMap<>(config.triggerEnvironment());
		// the secret numbers are hashed with, kept with the pool's data like its signing
		// keys
		environment.computeIfAbsent(SEND_LIMIT_KEY, (name) -> keys.secret("send-limits"));
		environment.computeIfAbsent(CODE_HASH_KEY, (name) -> keys.secret("code-hash"));
		environment.putIfAbsent(ALLOWED_COUNTRIES, LocalCognitoConfig.DEFAULT_ALLOWED_COUNTRIES);
		environment.put("AWS_REGION", config.region());
		environment.putIfAbsent("AWS_ACCESS_KEY_ID", "local");
		environment.putIfAbsent("AWS_SECRET_ACCESS_KEY", "local");
		return environment;
	}

}
