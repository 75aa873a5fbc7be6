package dev.passwordless.infra;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.IUserPool;
import software.amazon.awscdk.services.cognito.UserPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading CDK context into the constructs' props. */
class StackSettingsTest {

	private static final Map<String, String> RELYING_PARTY = Map.of("passkeyRelyingPartyId", "portal.example.com");

	@Test
	void userPoolWhenOnlyTheRelyingPartyIsSetThenThePropsDefaultsApply() {
		assertThat(StackSettings.of(RELYING_PARTY).userPool())
			.isEqualTo(PasswordlessUserPoolProps.builder().passkeyRelyingPartyId("portal.example.com").build());
	}

	@Test
	void userPoolWhenSetThenEachValueReachesItsProp() {
		PasswordlessUserPoolProps props = StackSettings.of(Map.of("signUp", "open", "deletionProtection", "false",
				"removalPolicy", "DESTROY", "authSessionValidityMinutes", "5", "accessTokenValidityMinutes", "30",
				"idTokenValidityMinutes", "15", "refreshTokenValidityDays", 7, "passkeyRelyingPartyId", "example.com"))
			.userPool();
		assertThat(props)
			.isEqualTo(new PasswordlessUserPoolProps(SignUp.OPEN, false, RemovalPolicy.DESTROY, Duration.ofMinutes(5),
					Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofDays(7), "example.com"));
	}

	@Test
	void userPoolWhenSignUpIsNotSetThenInviteOnly() {
		assertThat(StackSettings.of(RELYING_PARTY).userPool().signUp()).isEqualTo(SignUp.INVITE_ONLY);
	}

	@Test
	void userPoolWhenSignUpIsInviteOnlyThenInviteOnly() {
		assertThat(StackSettings.of(Map.of("signUp", "invite-only", "passkeyRelyingPartyId", "portal.example.com"))
			.userPool()
			.signUp()).isEqualTo(SignUp.INVITE_ONLY);
	}

	@Test
	void userPoolWhenTheRelyingPartyIsNotSetThenOneSentenceSaysWhatToSetAndHow() {
		assertThatThrownBy(() -> StackSettings.of(Map.of("passkeyRelyingPartyId", " ")).userPool())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage(PasswordlessUserPoolProps.RELYING_PARTY_ID_REQUIRED)
			.hasMessageStartingWith("passkeyRelyingPartyId is not set")
			.hasMessageContaining("cdk deploy -c passkeyRelyingPartyId=portal.example.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://portal.example.com", "portal.example.com:8443", "portal.example.com/",
			"portal.example.com/sign-in", "Portal.Example.com", "portal", "localhost", "203.0.113.10",
			"portal..example.com", "-portal.example.com", "portal_example.com", "*.example.com",
			"portal.example.com." })
	void userPoolWhenTheRelyingPartyIsNotAPlainLowerCaseDomainThenRefusedSayingWhatToSet(String relyingParty) {
		assertThatThrownBy(() -> StackSettings.of(Map.of("passkeyRelyingPartyId", relyingParty)).userPool())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("passkeyRelyingPartyId must be a plain domain name, was '" + relyingParty + "': ")
			.hasMessageContaining("cdk deploy -c passkeyRelyingPartyId=portal.example.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "portal.example.com", "example.com", "sign-in.portal-1.example.co.uk",
			"xn--bcher-kva.example" })
	void userPoolWhenTheRelyingPartyIsADomainNameThenPassedAsGiven(String relyingParty) {
		assertThat(StackSettings.of(Map.of("passkeyRelyingPartyId", relyingParty)).userPool().passkeyRelyingPartyId())
			.isEqualTo(relyingParty);
	}

	@Test
	void userPoolWhenTheRelyingPartyIsLongerThanTheCdkAllowsThenRefusedByName() {
		String tooLong = "a".repeat(60) + ".com";
		assertThatThrownBy(() -> StackSettings.of(Map.of("passkeyRelyingPartyId", tooLong)).userPool())
			.hasMessageStartingWith("passkeyRelyingPartyId must be a plain domain name, was '" + tooLong + "'");
	}

	@Test
	void settingsWhenSignUpIsNeitherInviteOnlyNorOpenThenTheMessageNamesTheAllowedValues() {
		assertThatThrownBy(
				() -> StackSettings.of(Map.of("signUp", "public", "passkeyRelyingPartyId", "portal.example.com"))
					.userPool())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("signUp must be one of invite-only, open, was 'public'");
	}

	@Test
	void userAdministrationWhenNothingIsSetThenTheGroupIsAdmins() {
		assertThat(userAdministration(Map.of()).adminGroup()).isEqualTo("admins");
	}

	@Test
	void userAdministrationWhenAdminGroupIsSetThenThatGroup() {
		assertThat(userAdministration(Map.of("adminGroup", "portal-admins")).adminGroup()).isEqualTo("portal-admins");
	}

	@Test
	void settingsWhenAdminGroupIsNotAGroupNameThenRefusedByName() {
		assertThatThrownBy(() -> userAdministration(Map.of("adminGroup", "portal admins")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("adminGroup must be 1 to 128 ")
			.hasMessageEndingWith(", was 'portal admins'");
	}

	@Test
	void triggersWhenSettingsAreGivenThenOnlyThoseArePassedByTheirVariableNames() {
		assertThat(StackSettings.of(Map.of("sendCooldownSeconds", "60", "codeLength", 8, "smsSenderId", " "))
			.triggerSettings()).isEqualTo(Map.of("SEND_COOLDOWN_SECONDS", "60", "CODE_LENGTH", "8"));
	}

	@Test
	void settingsWhenANumberIsNotANumberThenTheMessageNamesTheSetting() {
		assertThatThrownBy(() -> StackSettings.of(Map.of("wafRequestsPerFiveMinutes", "lots")).rateLimit())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("wafRequestsPerFiveMinutes must be a whole number, was 'lots'");
	}

	@Test
	void settingsWhenABooleanIsMisspeltThenRefusedRatherThanReadAsFalse() {
		assertThatThrownBy(() -> StackSettings
			.of(Map.of("deletionProtection", "flase", "passkeyRelyingPartyId", "portal.example.com"))
			.userPool()).hasMessage("deletionProtection must be true or false, was 'flase'");
	}

	@Test
	void settingsWhenANameIsUnknownThenTheMessageListsTheChoices() {
		assertThatThrownBy(
				() -> StackSettings.of(Map.of("removalPolicy", "KEEP", "passkeyRelyingPartyId", "portal.example.com"))
					.userPool())
			.hasMessageStartingWith("removalPolicy must be one of DESTROY, RETAIN")
			.hasMessageEndingWith(", was 'KEEP'");
		assertThatThrownBy(() -> StackSettings.of(Map.of("logRetention", "FOREVER")).triggers())
			.hasMessageContaining("logRetention must be one of ")
			.hasMessageContaining("ONE_MONTH");
	}

	@Test
	void rateLimitWhenEgressIsListedThenEachBlockIsPassed() {
		assertThat(rateLimit(Map.of("appEgressCidrs", "203.0.113.10/32, 2001:db8::1,")).appEgressCidrs())
			.containsExactly("203.0.113.10/32", "2001:db8::1");
	}

	@Test
	void rateLimitWhenEgressIsNoneThenAnEmptyList() {
		assertThat(rateLimit(Map.of("appEgressCidrs", "none")).appEgressCidrs()).isEmpty();
	}

	@Test
	void rateLimitWhenEgressListsOnlyCommasThenRefusedRatherThanReadAsNone() {
		assertThatThrownBy(() -> rateLimit(Map.of("appEgressCidrs", " , ")))
			.hasMessage("appEgressCidrs lists no address; give the app's addresses, or none");
	}

	private static UserAdministrationProps userAdministration(Map<String, String> settings) {
		IUserPool pool = UserPool.fromUserPoolId(new Stack(), "Pool", "us-east-1_example");
		return StackSettings.of(settings).userAdministration().userPool(pool).build();
	}

	private static PoolRateLimitProps rateLimit(Map<String, String> settings) {
		IUserPool pool = UserPool.fromUserPoolId(new Stack(), "Pool", "us-east-1_example");
		return StackSettings.of(settings).rateLimit().userPool(pool).build();
	}

}
