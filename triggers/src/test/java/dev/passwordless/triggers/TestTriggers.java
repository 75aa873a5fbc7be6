package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.SecretKey;

import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.CodeIssuer;
import dev.passwordless.triggers.challenge.InMemoryIssuedStepStore;
import dev.passwordless.triggers.challenge.InMemoryPendingNumberChanges;
import dev.passwordless.triggers.challenge.IssuedStepStore;
import dev.passwordless.triggers.challenge.NewNumberRound;
import dev.passwordless.triggers.challenge.NumberChangeOffers;
import dev.passwordless.triggers.challenge.NumberOwners;
import dev.passwordless.triggers.challenge.RetriedSteps;
import dev.passwordless.triggers.challenge.TestChallenges;
import dev.passwordless.triggers.limits.SmsSendCheck;
import dev.passwordless.triggers.settings.Secrets;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.snapstart.Entropy;
import dev.passwordless.triggers.sms.Pause;
import dev.passwordless.triggers.sms.SmsDelivery;
import dev.passwordless.triggers.sms.SmsSender;

/**
 * Handlers wired with test doubles and test secrets, as {@link Dependencies} wires them.
 */
final class TestTriggers {

	static final String SEND_LIMIT_KEY = "test-send-limit-key-of-at-least-32-chars";

	private TestTriggers() {
	}

	/**
	 * A function's environment as Lambda gives it to Create, with the test secrets: a
	 * region, keys, the limits in the table {@code send-limits}, and the required
	 * settings ({@link TestSettings}).
	 */
	static Map<String, String> lambdaEnvironment() {
		return TestSettings
			.environment(Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY",
					"local", TriggerSettingNames.SEND_LIMITS_TABLE, "send-limits", TriggerSettingNames.SEND_LIMIT_KEY,
					SEND_LIMIT_KEY, TriggerSettingNames.CODE_HASH_KEY, TestChallenges.CODE_HASH_KEY));
	}

	/**
	 * The same, initialised for a SnapStart snapshot (which registers the hooks), with
	 * these settings added.
	 */
	static Map<String, String> snapStartEnvironment(Map<String, String> settings) {
		Map<String, String> environment = new HashMap<>(lambdaEnvironment());
		environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
		environment.putAll(settings);
		return Map.copyOf(environment);
	}

	/** The send check over a store, with the test secret. */
	static SmsSendCheck check(TriggerSettings settings, SendLimitStore store, Clock clock) {
		return new SmsSendCheck(settings, store, sendLimitKey(), clock);
	}

	/** Create with its limits in memory. */
	static CreateAuthChallengeHandler create(TriggerSettings settings, SmsSender sms, Clock clock) {
		return create(settings, sms, new InMemorySendLimitStore(clock), clock, new SecureRandom());
	}

	/**
	 * Create with its limits in this store and codes from this random source; waits are
	 * not taken.
	 */
	static CreateAuthChallengeHandler create(TriggerSettings settings, SmsSender sms, SendLimitStore store, Clock clock,
			SecureRandom random) {
		return create(settings, sms, store, clock, random, (duration) -> {
		});
	}

	/**
	 * Create with its limits in this store, codes from this random source, waits noted by
	 * this pause.
	 */
	static CreateAuthChallengeHandler create(TriggerSettings settings, SmsSender sms, SendLimitStore store, Clock clock,
			SecureRandom random, Pause pause) {
		return create(settings, sms, store, new InMemoryIssuedStepStore(clock), clock, random, pause);
	}

	/**
	 * Create with its limits and its steps in these stores, codes from this random
	 * source, waits noted by this pause; no number has an account but the caller's.
	 */
	static CreateAuthChallengeHandler create(TriggerSettings settings, SmsSender sms, SendLimitStore store,
			IssuedStepStore steps, Clock clock, SecureRandom random, Pause pause) {
		return create(settings, sms, store, steps, clock, random, pause, (pool, number) -> false);
	}

	/**
	 * Create with its limits and its steps in these stores, codes from this random
	 * source, waits noted by this pause, numbers looked up in these accounts.
	 */
	static CreateAuthChallengeHandler create(TriggerSettings settings, SmsSender sms, SendLimitStore store,
			IssuedStepStore steps, Clock clock, SecureRandom random, Pause pause, NumberOwners owners) {
		return create(settings, sms, store, steps, offers(store, clock), clock, random, pause, owners);
	}

	/**
	 * Create with its limits, its steps and the number changes offered to it in these
	 * stores, codes from this random source, waits noted by this pause, numbers looked up
	 * in these accounts.
	 */
	static CreateAuthChallengeHandler create(TriggerSettings settings, SmsSender sms, SendLimitStore store,
			IssuedStepStore steps, NumberChangeOffers offers, Clock clock, SecureRandom random, Pause pause,
			NumberOwners owners) {
		CodeIssuer issuer = new CodeIssuer(settings, TestChallenges.codeHashKey(), check(settings, store, clock),
				new SmsDelivery(sms, pause, clock, random), clock, Entropy.fixed(random),
				new RetriedSteps(steps, sendLimitKey()));
		return new CreateAuthChallengeHandler(
				new Dependencies.Create(issuer, new NewNumberRound(settings, owners, issuer), offers, clock, null));
	}

	/**
	 * Pre authentication offering number changes to the Create handlers over the same
	 * send-limits store.
	 */
	static PreAuthenticationHandler preAuthentication(SendLimitStore store, Clock clock) {
		return new PreAuthenticationHandler(new Dependencies.PreAuthentication(offers(store, clock), null));
	}

	private static NumberChangeOffers offers(SendLimitStore store, Clock clock) {
		return new NumberChangeOffers(() -> InMemoryPendingNumberChanges.of(store), sendLimitKey(), clock);
	}

	/** The test {@code SEND_LIMIT_KEY} as the triggers read it. */
	static SecretKey sendLimitKey() {
		return Secrets.hmacKey(Map.of(TriggerSettingNames.SEND_LIMIT_KEY, SEND_LIMIT_KEY),
				TriggerSettingNames.SEND_LIMIT_KEY);
	}

}
