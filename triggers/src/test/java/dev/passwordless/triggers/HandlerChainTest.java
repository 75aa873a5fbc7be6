package dev.passwordless.triggers;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import dev.passwordless.triggers.challenge.ChallengeParameters;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.sms.SmsDeliveryException;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks whole sign-ins through Define, Create and Verify as Cognito chains them.
 */
class HandlerChainTest {

	private final HandlerChain flow = new HandlerChain(TestSettings.defaults(), false);

	@Test
	void signInWhenFirstCodeIsRightThenIssuesTokensAfterOneSms() {
		assertThat(this.flow.start()).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.answer(this.flow.sms.lastCode())).isEqualTo(HandlerChain.Result.TOKENS);
		assertThat(this.flow.sms.sent).hasSize(1);
	}

	@Test
	void signInWhenWrongWrongRightThenIssuesTokensWithTheSameSingleSms() {
		this.flow.start();
		String code = this.flow.sms.lastCode();
		assertThat(this.flow.answer(wrong(code))).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.publicParameters.get(ChallengeParameters.ATTEMPTS_LEFT).asText()).isEqualTo("2");
		assertThat(this.flow.answer(wrong(code))).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.publicParameters.get(ChallengeParameters.ATTEMPTS_LEFT).asText()).isEqualTo("1");
		assertThat(this.flow.answer(code)).isEqualTo(HandlerChain.Result.TOKENS);
		assertThat(this.flow.sms.sent).hasSize(1);
	}

	@Test
	void signInWhenThreeWrongAnswersThenFailsAndTheRightCodeNoLongerHelps() {
		this.flow.start();
		String code = this.flow.sms.lastCode();
		this.flow.answer(wrong(code));
		this.flow.answer(wrong(code));
		assertThat(this.flow.answer(wrong(code))).isEqualTo(HandlerChain.Result.FAILED);
		assertThat(this.flow.session()).hasSize(3);
	}

	@Test
	void signInWhenCodeExpiredThenTheRightCodeFails() {
		this.flow.start();
		this.flow.clock.advance(Duration.ofMinutes(5));
		assertThat(this.flow.answer(this.flow.sms.lastCode())).isEqualTo(HandlerChain.Result.FAILED);
	}

	@Test
	void signInWhenRoundsContinueThenExpiryCountsFromSendingNotFromTheRound() {
		this.flow.start();
		String code = this.flow.sms.lastCode();
		String expiresAt = this.flow.publicParameters.get(ChallengeParameters.EXPIRES_AT).asText();
		this.flow.clock.advance(Duration.ofMinutes(4));
		assertThat(this.flow.answer(wrong(code))).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.publicParameters.get(ChallengeParameters.EXPIRES_AT).asText()).isEqualTo(expiresAt);
		this.flow.clock.advance(Duration.ofMinutes(1));
		assertThat(this.flow.answer(code)).isEqualTo(HandlerChain.Result.FAILED);
	}

	@Test
	void signInWhenUserIsUnknownThenSameStepsNoSmsAndFailsAtTheEnd() {
		HandlerChain unknown = new HandlerChain(TestSettings.defaults(), true);
		assertThat(unknown.start()).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(keys(unknown)).isEqualTo(keys(startedKnownFlow()));
		assertThat(unknown.answer("123456")).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(unknown.answer("654321")).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(unknown.answer("000000")).isEqualTo(HandlerChain.Result.FAILED);
		assertThat(unknown.sms.sent).isEmpty();
	}

	@Test
	void signInWhenStartedAgainWithinTheCooldownThenNoSmsAndNoCodeSignsIn() {
		this.flow.start();
		String code = this.flow.sms.lastCode();
		assertThat(this.flow.start()).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.answer(code)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.publicParameters.get(ChallengeParameters.ATTEMPTS_LEFT).asText()).isEqualTo("2");
		assertThat(this.flow.answer(code)).isEqualTo(HandlerChain.Result.CHALLENGE);
		assertThat(this.flow.answer(code)).isEqualTo(HandlerChain.Result.FAILED);
		assertThat(this.flow.sms.sent).hasSize(1);
		assertThat(this.flow.context.lines).filteredOn((line) -> line.contains("CreateAuthChallenge"))
			.extracting((line) -> line.replaceAll(".*\"outcome\":\"([^\"]+)\".*", "$1"))
			.containsExactly("code-sent", "refused:TOO_MANY_CODES", "code-reused", "code-reused");
	}

	@Test
	void signInWhenSmsFailsThenTheErrorSaysTryAgainAndLeaksNoCode() {
		this.flow.sms.failing = true;
		assertThatThrownBy(this.flow::start).isInstanceOf(SmsDeliveryException.class).hasMessage("refusal=SMS_FAILED");
		assertThat(this.flow.context.lines).last().asString().contains("sms-failed").doesNotContain("4155550123");
	}

	@Test
	void signInWhenWalkedThenLogsOneLinePerInvocationWithoutCodeHashOrNumber() {
		this.flow.start();
		String code = this.flow.sms.lastCode();
		this.flow.answer(wrong(code));
		this.flow.answer(code);
		// start: Define + Create; wrong: Verify + Define + Create; right: Verify + Define
		assertThat(this.flow.context.lines).hasSize(7).allSatisfy((line) -> {
			assertThat(line).startsWith("{\"trigger\":").doesNotContain(code).doesNotContain("4155550123");
			assertThat(line).doesNotContain(this.flow.session().get(0).get("challengeMetadata").asText());
		});
	}

	@Test
	void challengeWhenCreatedThenNeitherParametersNorMetadataContainTheCode() {
		this.flow.start();
		String code = this.flow.sms.lastCode();
		assertThat(this.flow.publicParameters.toString()).doesNotContain(code);
		assertThat(this.flow.session().toString()).doesNotContain(code);
		assertThat(keys(this.flow)).containsExactly(ChallengeParameters.ATTEMPTS_LEFT, ChallengeParameters.CODE_LENGTH,
				ChallengeParameters.EXPIRES_AT);
	}

	@Test
	void challengeWhenTheNumberIsRegisteredOrUnknownThenTheSameParametersOnEveryCall() {
		HandlerChain unknown = new HandlerChain(TestSettings.defaults(), true);
		this.flow.start();
		unknown.start();
		ObjectNode firstUnknown = unknown.publicParameters;
		unknown.start();
		assertThat(unknown.publicParameters).isEqualTo(firstUnknown).isEqualTo(this.flow.publicParameters);
		assertThat(this.flow.publicParameters.toString()).doesNotContain("0123");
	}

	private HandlerChain startedKnownFlow() {
		this.flow.start();
		return this.flow;
	}

	private static Set<String> keys(HandlerChain flow) {
		Set<String> keys = new TreeSet<>();
		flow.publicParameters.fieldNames().forEachRemaining(keys::add);
		return keys;
	}

	private static String wrong(String code) {
		return code.equals("000000") ? "111111" : "000000";
	}

}
