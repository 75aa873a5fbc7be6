package dev.passwordless.vaadin.cognito;

import java.time.Instant;

/**
 * One of a person's passkeys, as Cognito lists it ({@code ListWebAuthnCredentials}).
 *
 * @param id the credential id
 * @param name the name Cognito has for it (from the authenticator), possibly null
 * @param createdAt when it was added
 * @param attachment {@code platform} (this device's own) or {@code cross-platform} (a
 * security key, a phone), possibly null
 */
public record Passkey(String id, String name, Instant createdAt, String attachment) {
}
