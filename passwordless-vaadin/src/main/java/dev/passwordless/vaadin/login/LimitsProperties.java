package dev.passwordless.vaadin.login;

import java.time.Duration;

import dev.passwordless.rules.SendLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The app's own limits on sending and checking codes. Per number there are two: a cap per
 * number and requester (a stranger's requests use up only their own allowance, never the
 * owner's; a browser that has signed in as the number before is not held to it) and, for
 * all requesters together, the Create trigger's cooldown and hourly ceiling; under the
 * offline default the embedded pool's triggers get these very values, so both refuse
 * alike. The code screen offers a new code once the cooldown is over.
 *
 * @param phoneCooldown time between two codes to one number, 0 to 1 hour as for the
 * trigger (default {@link SendLimits#DEFAULT_COOLDOWN}, 30 s)
 * @param phoneSendsPerHour codes per number and requester (a client, see
 * {@code addressSendsPerHour}) in any hour, 1 to 100 (default
 * {@link SendLimits#DEFAULT_SENDS_PER_HOUR}, 5)
 * @param phoneUnknownDevicesPerHour codes per number in any hour for all browsers that
 * have never signed in as it, together (default 7): below the ceiling, so that strangers
 * can never use up the codes kept for the owner's own browsers
 * @param phoneCeilingPerHour codes per number in any hour, all requesters together, 1 to
 * 100 as for the trigger, whose {@code SENDS_PER_HOUR} it is (default
 * {@link SendLimits#DEFAULT_NUMBER_CEILING_PER_HOUR}, 10)
 * @param addressSendsPerHour codes requested per client per hour (default 20): an IPv4
 * address, or an IPv6 /64, the prefix one subscriber or cloud instance is given whole
 * @param networkSendsPerHour codes requested per IPv6 /48 per hour, all its /64s together
 * (default 100)
 * @param countrySendsPerHour codes requested per hour for the numbers of one country, all
 * requesters together (default 300): a velocity limit against SMS pumping into one
 * destination
 * @param phoneChecksPerTenMinutes codes checked per number and requester per 10 minutes
 * (default 10; a browser that has signed in as the number is not held to it)
 * @param phoneChecksUnknownDevicesPerTenMinutes codes checked per number per 10 minutes
 * by all browsers that have never signed in as it, together (default 20, below the
 * ceiling)
 * @param phoneChecksCeilingPerTenMinutes codes checked per number per 10 minutes, all
 * requesters together (default 30)
 * @param addressChecksPerTenMinutes codes checked per client address per 10 minutes
 * (default 30)
 */
@Validated
@ConfigurationProperties("passwordless.limits")
public record LimitsProperties(@DurationMin(nanos = 0) @DurationMax(hours = 1) Duration phoneCooldown,
		@Min(1) @Max(100) Integer phoneSendsPerHour, @DefaultValue("7") @Min(1) int phoneUnknownDevicesPerHour,
		@Min(1) @Max(100) Integer phoneCeilingPerHour, @DefaultValue("20") @Min(1) int addressSendsPerHour,
		@DefaultValue("100") @Min(1) int networkSendsPerHour, @DefaultValue("300") @Min(1) int countrySendsPerHour,
		@DefaultValue("10") @Min(1) int phoneChecksPerTenMinutes,
		@DefaultValue("20") @Min(1) int phoneChecksUnknownDevicesPerTenMinutes,
		@DefaultValue("30") @Min(1) int phoneChecksCeilingPerTenMinutes,
		@DefaultValue("30") @Min(1) int addressChecksPerTenMinutes) {

	public LimitsProperties {
		phoneCooldown = (phoneCooldown != null) ? phoneCooldown : SendLimits.DEFAULT_COOLDOWN;
		phoneSendsPerHour = (phoneSendsPerHour != null) ? phoneSendsPerHour : SendLimits.DEFAULT_SENDS_PER_HOUR;
		phoneCeilingPerHour = (phoneCeilingPerHour != null) ? phoneCeilingPerHour
				: SendLimits.DEFAULT_NUMBER_CEILING_PER_HOUR;
		if (phoneUnknownDevicesPerHour >= phoneCeilingPerHour
				|| phoneChecksUnknownDevicesPerTenMinutes >= phoneChecksCeilingPerTenMinutes) {
			throw new IllegalArgumentException("passwordless.limits.phone-unknown-devices-per-hour and "
					+ "phone-checks-unknown-devices-per-ten-minutes must be below their ceilings "
					+ "(phone-ceiling-per-hour, phone-checks-ceiling-per-ten-minutes), so that strangers cannot use up "
					+ "what is kept for the owner's own browsers");
		}
	}

	/** The defaults. */
	public static LimitsProperties defaults() {
		return new LimitsProperties(null, null, 7, null, 20, 100, 300, 10, 20, 30, 30);
	}

}
