package dev.passwordless.infra;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.IUserPool;
import software.amazon.awscdk.services.cognito.UserPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading CDK context into the constructs' props. */
class StackSettingsTest {

	@Test
	void userPoolWhenNothingIsSetThenThePropsDefaultsApply() {
		assertThat(StackSettings.of(Map.of()).userPool()).isEqualTo(PasswordlessUserPoolProps.builder().build());
	}

	@Test
	void userPoolWhenSetThenEachValueReachesItsProp() {
		PasswordlessUserPoolProps props = StackSettings.of(Map.of("signUp", "open", "deletionProtection", "false",
				"removalPolicy", "DESTROY", "authSessionValidityMinutes", "5", "accessTokenValidityMinutes", "30",
				"idTokenValidityMinutes", "15", "refreshTokenValidityDays", 7))
			.userPool();
		assertThat(props).isEqualTo(new PasswordlessUserPoolProps(SignUp.OPEN, false, RemovalPolicy.DESTROY,
				Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofDays(7)));
	}

	@Test
	void userPoolWhenSignUpIsNotSetThenInviteOnly() {
		assertThat(StackSettings.of(Map.of()).userPool().signUp()).isEqualTo(SignUp.INVITE_ONLY);
	}

	@Test
	void userPoolWhenSignUpIsInviteOnlyThenInviteOnly() {
		assertThat(StackSettings.of(Map.of("signUp", "invite-only")).userPool().signUp()).isEqualTo(SignUp.INVITE_ONLY);
	}

	@Test
	void settingsWhenSignUpIsNeitherInviteOnlyNorOpenThenTheMessageNamesTheAllowedValues() {
		assertThatThrownBy(() -> StackSettings.of(Map.of("signUp", "public")).userPool())
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
		assertThatThrownBy(() -> StackSettings.of(Map.of("deletionProtection", "flase")).userPool())
			.hasMessage("deletionProtection must be true or false, was 'flase'");
	}

	@Test
	void settingsWhenANameIsUnknownThenTheMessageListsTheChoices() {
		assertThatThrownBy(() -> StackSettings.of(Map.of("removalPolicy", "KEEP")).userPool())
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
