package dev.passwordless.triggers;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import dev.passwordless.rules.InMemorySendLimitStore;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.challenge.TestChallenges;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.settings.TriggerSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreateAuthChallengeHandlerTest {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-11-25T10:00:00Z"));

	private final RecordingSms sms = new RecordingSms();

	@Test
	void createWhenFirstRoundThenSendsOneSmsWithTheCodeToTheUsersNumber() {
		ObjectNode response = create(TestSettings.defaults(), LambdaRuntime.fixture("create-auth-challenge"));
		assertThat(this.sms.sent).singleElement().satisfies((sms) -> {
			assertThat(sms.phoneNumber()).isEqualTo("+14155550123");
			assertThat(sms.text()).matches("\\d{6} is your SMS sign-in code\\. It expires in 5 minutes\\.");
		});
		assertThat(response.at("/publicChallengeParameters/codeLength").asText()).isEqualTo("6");
		assertThat(response.at("/publicChallengeParameters/expiresAt").asLong())
			.isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5)).getEpochSecond());
	}

	@Test
	void createWhenFirstRoundThenKeepsOnlyASaltedHashInPrivateParametersAndMetadata() {
		ObjectNode response = create(TestSettings.defaults(), LambdaRuntime.fixture("create-auth-challenge"));
		String code = this.sms.lastCode();
		assertThat(response.get("privateChallengeParameters").toString()).doesNotContain(code);
		assertThat(response.get("challengeMetadata").asText()).doesNotContain(code).startsWith("CODE2:");
		assertThat(response.at("/privateChallengeParameters/challenge").asText())
			.isEqualTo(response.get("challengeMetadata").asText());
	}

	@Test
	void createWhenSameCodeIsIssuedTwiceThenTheStoredHashesDiffer() {
		SecureRandom sameCode = new SecureRandom() {
			@Override
			public long nextLong(long bound) {
				return 42;
			}
		};
		CreateAuthChallengeHandler handler = TestTriggers.create(TestSettings.defaults(), this.sms,
				new InMemorySendLimitStore(this.clock), this.clock, sameCode);
		String first = invoke(handler, LambdaRuntime.fixture("create-auth-challenge")).get("challengeMetadata")
			.asText();
		this.clock.advance(Duration.ofMinutes(1));
		String second = invoke(handler, LambdaRuntime.fixture("create-auth-challenge")).get("challengeMetadata")
			.asText();
		assertThat(this.sms.sent).extracting(RecordingSms.Sms::text).allMatch((text) -> text.contains("000042"));
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void createWhenWebDomainIsConfiguredThenTheLastLineIsOriginBound() {
		TriggerSettings settings = TestSettings.from(Map.of(TriggerSettingNames.WEB_OTP_DOMAIN, "app.example.com"));
		create(settings, LambdaRuntime.fixture("create-auth-challenge"));
		String code = this.sms.lastCode();
		assertThat(this.sms.sent.getLast().text()).endsWith("\n\n@app.example.com #" + code);
	}

	@Test
	void createWhenTheUsersLocaleIsGermanThenSendsTheGermanSms() {
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		((ObjectNode) event.at("/request/userAttributes")).put("locale", "de-DE");
		create(TestSettings.defaults(), event);
		assertThat(this.sms.sent.getLast().text())
			.isEqualTo(this.sms.lastCode() + " ist Ihr Code für SMS sign-in. Er ist 5 Minuten gültig.");
	}

	@Test
	void createWhenTheUsersLocaleHasNoTextThenSendsTheEnglishSms() {
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		((ObjectNode) event.at("/request/userAttributes")).put("locale", "fr-CA");
		create(TestSettings.defaults(), event);
		assertThat(this.sms.sent.getLast().text())
			.isEqualTo(this.sms.lastCode() + " is your SMS sign-in code. It expires in 5 minutes.");
	}

	@Test
	void createWhenAnAppNameIsConfiguredThenTheSmsNamesItInEitherLanguage() {
		TriggerSettings settings = TestSettings.from(Map.of(TriggerSettingNames.APP_NAME, "Stadtwerke Köln"));
		create(settings, LambdaRuntime.fixture("create-auth-challenge"));
		ObjectNode german = LambdaRuntime.fixture("create-auth-challenge");
		((ObjectNode) german.at("/request/userAttributes")).put("locale", "de");
		this.clock.advance(Duration.ofMinutes(1));
		create(settings, german);
		assertThat(this.sms.sent).extracting(RecordingSms.Sms::text)
			.satisfiesExactly((english) -> assertThat(english).contains("is your Stadtwerke Köln code."),
					(inGerman) -> assertThat(inGerman).contains("ist Ihr Code für Stadtwerke Köln."));
	}

	@Test
	void createWhenGermanAndAWebDomainThenTheOriginBoundLineComesLast() {
		TriggerSettings settings = TestSettings.from(Map.of(TriggerSettingNames.WEB_OTP_DOMAIN, "app.example.com"));
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		((ObjectNode) event.at("/request/userAttributes")).put("locale", "de_AT");
		create(settings, event);
		String code = this.sms.lastCode();
		assertThat(this.sms.sent.getLast().text())
			.isEqualTo(code + " ist Ihr Code für SMS sign-in. Er ist 5 Minuten gültig.\n\n@app.example.com #" + code);
	}

	@Test
	void createWhenCodeLengthIsConfiguredThenSendsThatManyDigits() {
		TriggerSettings settings = TestSettings.from(Map.of(TriggerSettingNames.CODE_LENGTH, "8"));
		ObjectNode response = create(settings, LambdaRuntime.fixture("create-auth-challenge"));
		assertThat(this.sms.lastCode()).hasSize(8);
		assertThat(response.at("/publicChallengeParameters/codeLength").asText()).isEqualTo("8");
	}

	@Test
	void createWhenChallengeIsNotCustomThenFails() {
		ObjectNode event = LambdaRuntime.fixture("create-auth-challenge");
		((ObjectNode) event.get("request")).put("challengeName", "SMS_MFA");
		assertThatThrownBy(() -> create(TestSettings.defaults(), event)).hasMessageContaining("CUSTOM_CHALLENGE");
		assertThat(this.sms.sent).isEmpty();
	}

	@Test
	void newWhenTheCodeHashKeyIsMissingThenRefusesToStartNamingIt() {
		assertThatThrownBy(() -> new CreateAuthChallengeHandler(
				TestSettings.environment(Map.of(TriggerSettingNames.SEND_LIMIT_KEY, TestTriggers.SEND_LIMIT_KEY)),
				this.clock, new InMemorySendLimitStore(this.clock)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("CODE_HASH_KEY must be a secret of at least 32 characters");
	}

	@Test
	void newWhenTheSendLimitKeyIsShortThenRefusesToStartNamingIt() {
		assertThatThrownBy(() -> new CreateAuthChallengeHandler(
				TestSettings.environment(Map.of(TriggerSettingNames.SEND_LIMIT_KEY, "short",
						TriggerSettingNames.CODE_HASH_KEY, TestChallenges.CODE_HASH_KEY)),
				this.clock, new InMemorySendLimitStore(this.clock)))
			.hasMessage("SEND_LIMIT_KEY must be a secret of at least 32 characters");
	}

	private ObjectNode create(TriggerSettings settings, ObjectNode event) {
		return invoke(TestTriggers.create(settings, this.sms, this.clock), event);
	}

	private static ObjectNode invoke(CreateAuthChallengeHandler handler, ObjectNode event) {
		return (ObjectNode) LambdaRuntime
			.invoke(handler, CognitoUserPoolCreateAuthChallengeEvent.class, event, new RecordingContext())
			.get("response");
	}

}
