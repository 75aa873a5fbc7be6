package dev.passwordless.triggers;

import java.util.Map;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import dev.passwordless.rules.TriggerSettingNames;
import dev.passwordless.triggers.settings.TestSettings;
import dev.passwordless.triggers.settings.TriggerSettings;
import dev.passwordless.triggers.signup.SignUpRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreSignUpHandlerTest {

	/**
	 * An Iridium satellite phone (+881 6): a valid mobile number to libphonenumber, of no
	 * country (region 001), and among the costliest SMS destinations.
	 */
	private static final String SATELLITE = "+881630000000";

	private final RecordingContext context = new RecordingContext();

	private final PreSignUpHandler handler = new PreSignUpHandler(TestSettings.environment(Map.of()));

	@Test
	void signUpWhenNumberAndNameAreValidThenConfirmsButLeavesThePhoneUnverified() {
		ObjectNode result = invoke(this.handler, LambdaRuntime.fixture("pre-sign-up"));
		assertThat(result.at("/response/autoConfirmUser").asBoolean()).isTrue();
		assertThat(result.at("/response/autoVerifyPhone").asBoolean()).isFalse();
		assertThat(result.at("/response/autoVerifyEmail").asBoolean()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "14155550123", "+1 415 555 0123", "+1415555012", "+999999999999", "+44", "+1-415-555-0123",
			"+14155550123456789", "+1415555O123" })
	void signUpWhenNumberIsNotAValidE164NumberThenRejectsAsPhoneInvalid(String number) {
		assertThatThrownBy(() -> invoke(this.handler, event(number, "Ada Lovelace")))
			.isInstanceOf(SignUpRejectedException.class)
			.hasMessage("refusal=PHONE_INVALID");
	}

	@Test
	void signUpWhenCountryIsNotAllowedThenRejectsAsCountryNotAllowed() {
		PreSignUpHandler ukOnly = new PreSignUpHandler(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, "GB, IE"));
		assertThatThrownBy(() -> invoke(ukOnly, event("+14155550123", "Ada Lovelace")))
			.hasMessage("refusal=PHONE_COUNTRY_NOT_ALLOWED");
		assertThat(invoke(ukOnly, event("+447400123456", "Ada Lovelace")).at("/response/autoConfirmUser").asBoolean())
			.isTrue();
	}

	@Test
	void signUpWhenTheNumberIsASatellitePhoneThenRejectsAsCountryNotAllowed() {
		assertThatThrownBy(() -> invoke(this.handler, event(SATELLITE, "Ada Lovelace")))
			.isInstanceOf(SignUpRejectedException.class)
			.hasMessage("refusal=PHONE_COUNTRY_NOT_ALLOWED");
	}

	@Test
	void signUpWhenTheListHoldsTheNonGeographicRegionThenAcceptsASatellitePhone() {
		PreSignUpHandler withSatellites = new PreSignUpHandler(
				Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, "US," + TriggerSettings.NON_GEOGRAPHIC));
		assertThat(invoke(withSatellites, event(SATELLITE, "Ada Lovelace")).at("/response/autoConfirmUser").asBoolean())
			.isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "+19005550123, US", "+18005550123, US", "+33884012345, FR", "+4930123456, DE" })
	void signUpWhenTheNumberIsPremiumRateSharedCostTollFreeOrALandlineThenRejectsAsPhoneInvalid(String number,
			String country) {
		PreSignUpHandler allowed = new PreSignUpHandler(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, country));
		assertThatThrownBy(() -> invoke(allowed, event(number, "Ada Lovelace")))
			.isInstanceOf(SignUpRejectedException.class)
			.hasMessage("refusal=PHONE_INVALID");
	}

	@Test
	void signUpWhenTheNumberIsMobileThenAcceptsItWhereverMobileAndLandlineAreAlike() {
		PreSignUpHandler europe = new PreSignUpHandler(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, "US,DE,FR"));
		for (String mobile : new String[] { "+14155550123", "+4915123456789", "+33612345678" }) {
			assertThat(invoke(europe, event(mobile, "Ada Lovelace")).at("/response/autoConfirmUser").asBoolean())
				.as(mobile)
				.isTrue();
		}
	}

	@Test
	void signUpWhenTheNumberIsAConfiguredTestNumberThenTheAllowlistDoesNotApply() {
		PreSignUpHandler ukOnly = new PreSignUpHandler(Map.of(TriggerSettingNames.ALLOWED_COUNTRIES, "GB",
				TriggerSettingNames.TEST_NUMBERS, "+12025550142", TriggerSettingNames.TEST_CODE, "424242"));
		assertThat(invoke(ukOnly, event("+12025550142", "App Reviewer")).at("/response/autoConfirmUser").asBoolean())
			.isTrue();
		assertThatThrownBy(() -> invoke(ukOnly, event("+12025550143", "Ada Lovelace")))
			.hasMessage("refusal=PHONE_COUNTRY_NOT_ALLOWED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\t" })
	void signUpWhenNameIsBlankThenAsksForTheName(String name) {
		assertThatThrownBy(() -> invoke(this.handler, event("+14155550123", name))).hasMessage("refusal=NAME_MISSING");
	}

	@Test
	void signUpWhenNameIsMissingThenAsksForTheName() {
		ObjectNode event = LambdaRuntime.fixture("pre-sign-up");
		((ObjectNode) event.at("/request/userAttributes")).remove("name");
		assertThatThrownBy(() -> invoke(this.handler, event)).hasMessage("refusal=NAME_MISSING");
	}

	@Test
	void signUpWhenNameHasAHundredCharactersAfterTrimmingThenAccepts() {
		String name = "  " + "é".repeat(100) + "  ";
		assertThat(invoke(this.handler, event("+14155550123", name)).at("/response/autoConfirmUser").asBoolean())
			.isTrue();
	}

	@Test
	void signUpWhenNameIsLongerThanAHundredCharactersThenRejects() {
		assertThatThrownBy(() -> invoke(this.handler, event("+14155550123", "a".repeat(101))))
			.hasMessage("refusal=NAME_TOO_LONG");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ada\nLovelace", "Ada\u0000", "Ada\u2028Lovelace", "Ada\u001b[31m" })
	void signUpWhenNameHasControlCharactersThenRejects(String name) {
		assertThatThrownBy(() -> invoke(this.handler, event("+14155550123", name)))
			.hasMessage("refusal=NAME_INVALID_CHARACTERS");
	}

	@Test
	void signUpWhenRejectedThenLogsOnlyTheMaskedNumber() {
		assertThatThrownBy(() -> invoke(this.handler, event("+14155550123", "")));
		assertThat(this.context.lines).singleElement()
			.asString()
			.contains("\"outcome\":\"rejected\"")
			.contains("+*******0123")
			.doesNotContain("4155550123");
	}

	private ObjectNode invoke(PreSignUpHandler handler, ObjectNode event) {
		return LambdaRuntime.invoke(handler, CognitoUserPoolPreSignUpEvent.class, event, this.context);
	}

	private static ObjectNode event(String phone, String name) {
		ObjectNode event = LambdaRuntime.fixture("pre-sign-up");
		((ObjectNode) event.at("/request/userAttributes")).put("phone_number", phone).put("name", name);
		return event;
	}

}
