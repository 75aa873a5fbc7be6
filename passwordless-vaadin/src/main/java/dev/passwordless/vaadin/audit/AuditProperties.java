package dev.passwordless.vaadin.audit;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The audit trail.
 *
 * @param retention how long audit events are kept (default 90 days)
 * @param queueCapacity how many events may wait for the background writer before new ones
 * are dropped and counted (default 10000)
 */
@Validated
@ConfigurationProperties("passwordless.audit")
public record AuditProperties(@DefaultValue("90d") Duration retention,
		@DefaultValue("10000") @Min(1) @Max(1_000_000) int queueCapacity) {

	public AuditProperties {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("passwordless.audit.retention must be positive, was " + retention);
		}
	}

}
