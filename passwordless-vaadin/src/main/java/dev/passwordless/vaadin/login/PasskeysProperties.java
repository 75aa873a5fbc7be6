package dev.passwordless.vaadin.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passkeys beside the SMS code ({@code passwordless.passkeys.*}): Cognito's own, which
 * need the pool on the Essentials plan with a passkey relying party (the stack sets
 * both).
 *
 * @param enabled whether the sign-in page offers "Sign in with a passkey", a sign-in by
 * code offers to add one, and "Your account" lists them (default true; false for a pool
 * on the Lite plan)
 * @param offerAgainAfter how long after "Not now" (or after adding one) this browser is
 * not offered a passkey again (default 30 days)
 * @param relyingPartyId the relying party id of the pool's passkeys (the portal's domain,
 * as the stack's {@code passkeyRelyingPartyId}); empty (the default) takes the one
 * Cognito's last challenge named, else the page's host
 */
@ConfigurationProperties("passwordless.passkeys")
public record PasskeysProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30d") Duration offerAgainAfter,
		@DefaultValue("") String relyingPartyId) {
}
