package dev.passwordless.triggers;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.TestChallenges;
import dev.passwordless.triggers.settings.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifyAuthChallengeHandlerTest {

	private static final String USER = "0f3c9a52-54b1-4e2e-9d0e-5f1f2b2f7a10";

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final VerifyAuthChallengeHandler handler = new VerifyAuthChallengeHandler(
			TestSettings.environment(Map.of(TriggerSettingNames.CODE_HASH_KEY, TestChallenges.CODE_HASH_KEY)),
			this.clock);

	private final String challenge = TestChallenges.encoded(USER, "042137",
			this.clock.instant().plus(Duration.ofMinutes(5)));

	@Test
	void verifyWhenAnswerIsTheCodeThenCorrect() {
		assertThat(verify("042137")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { " 042137", "042137 \n", "\u00a0042137\u2003" })
	void verifyWhenAnswerIsTheCodeWithSurroundingWhitespaceThenCorrect(String answer) {
		assertThat(verify(answer)).isTrue();
	}

	@Test
	void verifyWhenAnswerIsAnotherCodeThenWrong() {
		assertThat(verify("042138")).isFalse();
	}

	@Test
	void verifyWhenCodeExpiredThenWrong() {
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(verify("042137")).isFalse();
	}

	@Test
	void verifyWhenUserIsUnknownThenWrongEvenForTheCode() {
		ObjectNode event = event("042137");
		((ObjectNode) event.get("request")).put("userNotFound", true);
		assertThat(invoke(event)).isFalse();
	}

	@Test
	void verifyWhenTheChallengeBelongsToAnotherUserThenWrong() {
		ObjectNode event = event("042137");
		event.put("userName", "someone-else");
		assertThat(invoke(event)).isFalse();
	}

	@Test
	void verifyWhenPrivateParametersAreMissingOrTamperedThenWrong() {
		ObjectNode missing = event("042137");
		((ObjectNode) missing.get("request")).putNull("privateChallengeParameters");
		ObjectNode tampered = event("042137");
		((ObjectNode) tampered.at("/request/privateChallengeParameters")).put("challenge",
				this.challenge.substring(0, this.challenge.length() - 4) + "AAAA");
		assertThat(invoke(missing)).isFalse();
		assertThat(invoke(tampered)).isFalse();
	}

	@Test
	void verifyWhenTheCodeWasHashedWithAnotherServerKeyThenWrong() {
		VerifyAuthChallengeHandler otherKey = new VerifyAuthChallengeHandler(
				TestSettings
					.environment(Map.of(TriggerSettingNames.CODE_HASH_KEY, TestChallenges.CODE_HASH_KEY + "-rotated")),
				this.clock);
		assertThat(LambdaRuntime
			.invoke(otherKey, CognitoUserPoolVerifyAuthChallengeResponseEvent.class, event("042137"),
					new RecordingContext())
			.at("/response/answerCorrect")
			.asBoolean()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "thirty-one-characters-is-short!" })
	void newWhenTheCodeHashKeyIsMissingOrShortThenRefusesToStartNamingIt(String key) {
		assertThatThrownBy(() -> new VerifyAuthChallengeHandler(
				TestSettings.environment(Map.of(TriggerSettingNames.CODE_HASH_KEY, key)), this.clock))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("CODE_HASH_KEY must be a secret of at least 32 characters");
	}

	@ParameterizedTest
	@MethodSource("malformedAnswers")
	void verifyWhenAnswerIsMalformedThenWrongAndNeverThrows(String answer) {
		assertThat(verify(answer)).isFalse();
	}

	@Test
	void verifyWhenFedRandomStringsThenAlwaysWrongAndNeverThrows() {
		Random random = new Random(20261125);
		for (int i = 0; i < 2_000; i++) {
			StringBuilder answer = new StringBuilder();
			int length = random.nextInt(12);
			for (int j = 0; j < length; j++) {
				answer.appendCodePoint(randomCodePoint(random));
			}
			assertThat(verify(answer.toString())).as("answer %s", answer).isFalse();
		}
	}

	static Stream<String> malformedAnswers() {
		return Stream.of(null, "", " ", "42137", "0421370", "０４２１３７", "٠٤٢١٣٧", "04213７", "042 137", "042-137",
				"+42137", "4213.7", "abcdef", "042137\u0000", "1".repeat(1_000_000), "0".repeat(100_000) + "042137");
	}

	private static int randomCodePoint(Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> '0' + random.nextInt(10);
			case 1 -> 0x0660 + random.nextInt(10); // Arabic-Indic digits
			case 2 -> 0xFF10 + random.nextInt(10); // full-width digits
			case 3 -> " \t\n\u00a0\u2003".charAt(random.nextInt(5));
			default -> random.nextInt(0x10FFFF - 0xE000) + 0xE000;
		};
	}

	private boolean verify(String answer) {
		return invoke(event(answer));
	}

	private boolean invoke(ObjectNode event) {
		return LambdaRuntime
			.invoke(this.handler, CognitoUserPoolVerifyAuthChallengeResponseEvent.class, event, new RecordingContext())
			.at("/response/answerCorrect")
			.asBoolean();
	}

	private ObjectNode event(String answer) {
		ObjectNode event = LambdaRuntime.fixture("verify-auth-challenge-response");
		((ObjectNode) event.at("/request/privateChallengeParameters")).put("challenge", this.challenge);
		if (answer == null) {
			((ObjectNode) event.get("request")).putNull("challengeAnswer");
		}
		else {
			((ObjectNode) event.get("request")).put("challengeAnswer", answer);
		}
		return event;
	}

}
