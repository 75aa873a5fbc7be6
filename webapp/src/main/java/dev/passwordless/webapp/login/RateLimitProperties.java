package dev.passwordless.webapp.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The app's own limits on sending and checking codes (the Create trigger has its own
 * where the SMS is sent).
 *
 * @param phoneCooldown time between two codes to one number (default 30 s, as the Create
 * trigger's {@code SEND_COOLDOWN_SECONDS}; keep them equal)
 * @param phoneSendsPerHour codes per number in any hour (default 5, as the trigger's
 * {@code SENDS_PER_HOUR}; keep them equal)
 * @param addressSendsPerHour codes requested per client address per hour (default 20)
 * @param phoneChecksPerTenMinutes codes checked per number per 10 minutes (default 10)
 * @param addressChecksPerTenMinutes codes checked per client address per 10 minutes
 * (default 30)
 */
@ConfigurationProperties("passwordless.limits")
public record RateLimitProperties(@DefaultValue("30s") Duration phoneCooldown, @DefaultValue("5") int phoneSendsPerHour,
		@DefaultValue("20") int addressSendsPerHour, @DefaultValue("10") int phoneChecksPerTenMinutes,
		@DefaultValue("30") int addressChecksPerTenMinutes) {

	public RateLimitProperties {
		if (phoneCooldown.isNegative() || phoneSendsPerHour < 1 || addressSendsPerHour < 1
				|| phoneChecksPerTenMinutes < 1 || addressChecksPerTenMinutes < 1) {
			throw new IllegalArgumentException("passwordless.limits.* must be positive (the cooldown may be 0)");
		}
	}

}
