package dev.passwordless.vaadin.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Token verification with Spring Security's JWT support, against tokens signed here. */
class CognitoTokenVerifierTest {

	private static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Test";

	private static final String CLIENT = "client-123";

	private static final RSAKey KEY = key();

	private static final RSAKey OTHER_KEY = key();

	private final CognitoTokenVerifier verifier = new CognitoTokenVerifier(decoder(), decoder(), ISSUER, CLIENT,
			Clock.systemUTC());

	@Test
	void verifyWhenBothTokensAreValidThenReturnsTheUserWithGroups() {
		CognitoUser user = this.verifier.verify(tokens((id) -> {
		}, (access) -> {
		}));
		assertThat(user).isEqualTo(new CognitoUser("sub-1", "Ada Lovelace", "+14155550123", List.of("portal-users")));
	}

	@Test
	void verifyWhenIssuerIsAnotherPoolThenRejects() {
		assertThatThrownBy(() -> this.verifier.verify(tokens((id) -> id.issuer(ISSUER + "x"), (access) -> {
		}))).isInstanceOf(JwtException.class);
	}

	@Test
	void verifyWhenIdTokenIsForAnotherClientThenRejects() {
		assertThatThrownBy(() -> this.verifier.verify(tokens((id) -> id.audience("another-client"), (access) -> {
		}))).isInstanceOf(JwtException.class).hasMessageContaining("another app client");
	}

	@Test
	void verifyWhenAccessTokenIsForAnotherClientThenRejects() {
		assertThatThrownBy(() -> this.verifier.verify(tokens((id) -> {
		}, (access) -> access.claim("client_id", "another-client")))).isInstanceOf(JwtException.class);
	}

	@Test
	void verifyWhenTokensAreSwappedThenRejectsOnTokenUse() {
		CognitoTokens tokens = tokens((id) -> {
		}, (access) -> {
		});
		assertThatThrownBy(() -> this.verifier
			.verify(new CognitoTokens("sub-1", tokens.accessToken(), tokens.idToken(), "refresh", Instant.now())))
			.isInstanceOf(JwtException.class);
	}

	@Test
	void verifyWhenExpiredThenRejects() {
		Date past = Date.from(Instant.now().minusSeconds(3600));
		assertThatThrownBy(() -> this.verifier.verify(tokens((id) -> id.expirationTime(past), (access) -> {
		}))).isInstanceOf(JwtException.class);
	}

	@Test
	void verifyWhenPayloadIsTamperedThenRejects() {
		CognitoTokens tokens = tokens((id) -> {
		}, (access) -> {
		});
		String[] parts = tokens.idToken().split("\\.");
		String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
		assertThatThrownBy(() -> this.verifier
			.verify(new CognitoTokens("sub-1", forged, tokens.accessToken(), "refresh", Instant.now())))
			.isInstanceOf(JwtException.class);
	}

	@Test
	void verifyWhenSignedWithAnotherKeyThenRejects() {
		CognitoTokens tokens = tokens((id) -> {
		}, (access) -> {
		});
		String foreign = sign(OTHER_KEY, claims("id").build());
		assertThatThrownBy(() -> this.verifier
			.verify(new CognitoTokens("sub-1", foreign, tokens.accessToken(), "refresh", Instant.now())))
			.isInstanceOf(JwtException.class);
	}

	@Test
	void verifyWhenTokensBelongToDifferentUsersThenRejects() {
		assertThatThrownBy(() -> this.verifier.verify(tokens((id) -> id.subject("someone-else"), (access) -> {
		}))).isInstanceOf(JwtException.class).hasMessageContaining("different users");
	}

	private static CognitoTokens tokens(Consumer<JWTClaimsSet.Builder> idChanges,
			Consumer<JWTClaimsSet.Builder> accessChanges) {
		JWTClaimsSet.Builder id = claims("id").audience(CLIENT)
			.claim("name", "Ada Lovelace")
			.claim("phone_number", "+14155550123")
			.claim("phone_number_verified", true);
		idChanges.accept(id);
		JWTClaimsSet.Builder access = claims("access").claim("client_id", CLIENT);
		accessChanges.accept(access);
		return new CognitoTokens("sub-1", sign(KEY, id.build()), sign(KEY, access.build()), "refresh",
				Instant.now().plusSeconds(3600));
	}

	private static JWTClaimsSet.Builder claims(String tokenUse) {
		return new JWTClaimsSet.Builder().subject("sub-1")
			.issuer(ISSUER)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(3600)))
			.claim("token_use", tokenUse)
			.claim("cognito:groups", List.of("portal-users"));
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static NimbusJwtDecoder decoder() {
		try {
			return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey key() {
		try {
			return new RSAKeyGenerator(2048).keyID(java.util.UUID.randomUUID().toString()).generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
