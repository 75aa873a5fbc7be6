package dev.passwordless.local.store;

import java.time.Instant;

/**
 * A refresh token as stored (the token itself never is, only its SHA-256).
 *
 * @param originJti the {@code origin_jti} of every token issued from this sign-in
 * @param username the internal user name
 * @param clientId the app client it was issued to
 * @param authTime when the user signed in
 * @param expiresAt when it stops working
 * @param revoked whether it (and the access tokens issued from it) was revoked
 */
public record RefreshToken(String originJti, String username, String clientId, Instant authTime, Instant expiresAt,
		boolean revoked) {
}
