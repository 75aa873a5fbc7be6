package dev.passwordless.infra;

import java.util.Map;
import java.util.Objects;

import dev.passwordless.rules.TriggerSettingNames;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * What {@link Triggers} needs.
 *
 * @param userPool the pool the triggers are wired to
 * @param smsLimits the table and key the Create trigger keeps its limits with
 * @param settings the triggers' settings by {@code TriggerSettingNames} name
 * @param triggersJar path of the triggers' deployable jar
 * @param logRetention how long trigger log lines are kept
 */
record TriggersProps(UserPool userPool, SmsLimits smsLimits, Map<String, String> settings, String triggersJar,
		RetentionDays logRetention) {

	/** Why the countries are required, and what to do, in one message. */
	static final String COUNTRIES_REQUIRED = "allowedCountries is not set. Anyone may sign up and have a code "
			+ "texted, and an SMS costs what its destination's carriers charge, so without a list anyone could "
			+ "spend the SMS budget on the costliest destinations (SMS pumping). Set -c allowedCountries=US,GB,... "
			+ "(the ISO 3166 codes of the countries your users' numbers are from, which you have prices and "
			+ "sender identities for; add 001 to allow non-geographic numbers such as satellite phones)";

	TriggersProps {
		Objects.requireNonNull(userPool, "userPool is required");
		Objects.requireNonNull(smsLimits, "smsLimits is required");
		String countries = settings.get(TriggerSettingNames.ALLOWED_COUNTRIES);
		if (countries == null || countries.replace(",", "").isBlank()) {
			throw new IllegalArgumentException(COUNTRIES_REQUIRED);
		}
		settings = Map.copyOf(settings);
	}

	static Builder builder() {
		return new Builder();
	}

	static final class Builder {

		private UserPool userPool;

		private SmsLimits smsLimits;

		private Map<String, String> settings = Map.of();

		private String triggersJar = "../triggers/target/triggers.jar";

		private RetentionDays logRetention = RetentionDays.ONE_MONTH;

		private Builder() {
		}

		/**
		 * The pool the triggers are wired to. Required.
		 * @param userPool the pool
		 * @return this builder
		 */
		Builder userPool(UserPool userPool) {
			this.userPool = userPool;
			return this;
		}

		/**
		 * The table and key the Create trigger keeps its limits with. Required.
		 * @param smsLimits the limits' resources
		 * @return this builder
		 */
		Builder smsLimits(SmsLimits smsLimits) {
			this.smsLimits = smsLimits;
			return this;
		}

		/**
		 * The triggers' settings by {@code TriggerSettingNames} name (e.g.
		 * {@code CODE_LENGTH}), given to all five; a setting left out takes the triggers'
		 * own default, so no default is stated twice. {@code ALLOWED_COUNTRIES} is
		 * required: it has no default.
		 * @param settings the settings
		 * @return this builder
		 */
		Builder settings(Map<String, String> settings) {
			this.settings = settings;
			return this;
		}

		/**
		 * The triggers' deployable jar, relative to the CDK app's directory.
		 * @param triggersJar the path
		 * @return this builder
		 * @default {@code ../triggers/target/triggers.jar}
		 */
		Builder triggersJar(String triggersJar) {
			this.triggersJar = triggersJar;
			return this;
		}

		/**
		 * How long the triggers' log lines are kept.
		 * @param logRetention the period
		 * @return this builder
		 * @default {@link RetentionDays#ONE_MONTH}
		 */
		Builder logRetention(RetentionDays logRetention) {
			this.logRetention = logRetention;
			return this;
		}

		TriggersProps build() {
			return new TriggersProps(this.userPool, this.smsLimits, this.settings, this.triggersJar, this.logRetention);
		}

	}

}
