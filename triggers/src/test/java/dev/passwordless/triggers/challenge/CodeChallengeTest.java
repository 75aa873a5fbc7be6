package dev.passwordless.triggers.challenge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.passwordless.triggers.settings.Secrets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeChallengeTest {

	private static final String USER = "0f3c9a52-54b1-4e2e-9d0e-5f1f2b2f7a10";

	private final CodeHasher hasher = new CodeHasher(TestChallenges.codeHashKey());

	private final CodeChallenge stored = CodeChallenge.issue(this.hasher, USER, "042137",
			Instant.parse("2026-11-25T10:05:00Z"), new SecureRandom());

	@Test
	void matchesWhenTheServerKeyIsTheSameThenOnlyTheRightCodeOfTheRightUser() {
		assertThat(this.stored.matches(this.hasher, USER, "042137")).isTrue();
		assertThat(this.stored.matches(this.hasher, USER, "042138")).isFalse();
		assertThat(this.stored.matches(this.hasher, "someone-else", "042137")).isFalse();
	}

	@Test
	void leakedHashWhenTheServerKeyIsUnknownThenTryingEveryCodeFindsNothing() {
		// what a leaked value gives away: its salt, its hash, and the user name beside
		// it;
		// the salt alone keyed the hash before, which let all 10^6 codes be tried in
		// about a second
		Mac saltKeyed = saltKeyedMac(this.stored.salt());
		String found = null;
		for (int candidate = 0; candidate < 1_000_000 && found == null; candidate++) {
			String code = String.format("%06d", candidate);
			saltKeyed.update(USER.getBytes(StandardCharsets.UTF_8));
			saltKeyed.update((byte) 0);
			if (MessageDigest.isEqual(this.stored.hash(),
					saltKeyed.doFinal(code.getBytes(StandardCharsets.US_ASCII)))) {
				found = code;
			}
		}
		assertThat(found).isNull();
	}

	@Test
	void matchesWhenCheckedWithAnotherServerKeyThenNeverMatches() {
		CodeHasher otherKey = new CodeHasher(
				Secrets.hmacKey(Map.of("CODE_HASH_KEY", TestChallenges.CODE_HASH_KEY + "-rotated"), "CODE_HASH_KEY"));
		assertThat(this.stored.matches(otherKey, USER, "042137")).isFalse();
	}

	@Test
	void issueWhenTheSameCodeIsIssuedTwiceThenTheStoredValuesDiffer() {
		CodeChallenge again = CodeChallenge.issue(this.hasher, USER, "042137", this.stored.expiresAt(),
				new SecureRandom());
		assertThat(again.encode()).isNotEqualTo(this.stored.encode());
	}

	@Test
	void decodeWhenEncodedThenReadsBackTheSameChallenge() {
		CodeChallenge decoded = CodeChallenge.decode(this.stored.encode()).orElseThrow();
		assertThat(decoded.expiresAt()).isEqualTo(this.stored.expiresAt());
		assertThat(decoded.matches(this.hasher, USER, "042137")).isTrue();
	}

	@Test
	void decodeWhenTheValueIsOfTheFormerUnkeyedFormatThenIsNoChallenge() {
		String former = this.stored.encode().replaceFirst("^CODE2:", "CODE1:");
		assertThat(CodeChallenge.decode(former)).isEmpty();
	}

	@Test
	void decoyWhenEncodedThenHasTheShapeOfARealChallengeAndMatchesNoCode() {
		CodeChallenge decoy = CodeChallenge.decoy(this.stored.expiresAt(), new SecureRandom());
		assertThat(decoy.encode()).hasSameSizeAs(this.stored.encode()).startsWith("CODE2:");
		assertThat(decoy.matches(this.hasher, USER, "042137")).isFalse();
	}

	/**
	 * The former construction: HMAC-SHA256 keyed with the per-code salt only, over the
	 * user name, a zero byte and the code.
	 */
	private static Mac saltKeyedMac(byte[] salt) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(salt, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
