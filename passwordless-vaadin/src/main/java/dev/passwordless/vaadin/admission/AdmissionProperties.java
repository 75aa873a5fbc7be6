package dev.passwordless.vaadin.admission;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When an instance turns new sign-ins away ({@code passwordless.admission.*}): past its
 * capacity, people already signing in finish in time and newcomers are asked to come
 * back, instead of everyone queueing until they give up (with an SMS sent for a sign-in
 * whose page never answered).
 *
 * @param enabled whether new sign-ins are ever turned away (default true)
 * @param busyAt requests in progress in this instance (pages, the views' requests, the
 * portal's own, while a thread works on them; not static files, and at most four of one
 * client) past which a browser opening the sign-in or registration page without a sign-in
 * under way is turned away (default 64; a healthy instance has a handful). Keep it below
 * {@code server.tomcat.threads.max} (200): requests waiting for a thread are not seen
 * @param retryAfter the wait the turned-away page names, also as {@code Retry-After}
 * (default 10 s)
 */
@Validated
@ConfigurationProperties("passwordless.admission")
public record AdmissionProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64") @Min(1) int busyAt,
		@DefaultValue("10s") @DurationMin(seconds = 1) @DurationMax(minutes = 10) Duration retryAfter) {
}
