package dev.passwordless.infra;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static dev.passwordless.infra.TestStacks.logicalId;
import static dev.passwordless.infra.TestStacks.properties;
import static org.assertj.core.api.Assertions.assertThat;

/** The pool and its client, one concern per test. */
class PasswordlessUserPoolTest {

	private static final Template template = TestStacks.defaults();

	@Test
	void userPoolWhenSynthesizedThenPhoneNumberIsTheUsername() {
		template.hasResourceProperties("AWS::Cognito::UserPool", Map.of("UsernameAttributes", List.of("phone_number")));
	}

	@Test
	void userPoolWhenDefaultsThenSignUpIsByInvitationOnly() {
		template.hasResourceProperties("AWS::Cognito::UserPool",
				Map.of("AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true)));
	}

	@Test
	void userPoolWhenSignUpIsOpenThenSelfSignUpIsOn() {
		Template open = TestStacks.template("OpenSignUp", Map.of("signUp", "open"));
		open.hasResourceProperties("AWS::Cognito::UserPool",
				Map.of("AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", false)));
	}

	@Test
	void userPoolWhenSynthesizedThenMfaIsOffAndAccountRecoveryIsNone() {
		template.hasResourceProperties("AWS::Cognito::UserPool",
				Map.of("MfaConfiguration", "OFF", "AccountRecoverySetting",
						Map.of("RecoveryMechanisms", List.of(Map.of("Name", "admin_only", "Priority", 1)))));
	}

	@Test
	void userPoolWhenSynthesizedThenCognitoSendsNoMessagesAndHasNoSmsRole() {
		template.hasResourceProperties("AWS::Cognito::UserPool",
				Map.of("SmsConfiguration", Match.absent(), "AutoVerifiedAttributes", List.of()));
		template.resourcePropertiesCountIs("AWS::IAM::Role", Match
			.objectLike(Map.of("AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement",
					Match.arrayWith(List
						.of(Match.objectLike(Map.of("Principal", Map.of("Service", "cognito-idp.amazonaws.com"))))))))),
				0);
	}

	@Test
	void userPoolWhenSynthesizedThenNameIsARequiredStandardAttribute() {
		template.hasResourceProperties("AWS::Cognito::UserPool",
				Map.of("Schema", Match.arrayWith(List.of(Map.of("Name", "name", "Required", true, "Mutable", true)))));
	}

	@Test
	void userPoolWhenSynthesizedThenThePasswordPolicyIsStrict() {
		template.hasResourceProperties("AWS::Cognito::UserPool",
				Map.of("Policies",
						Map.of("PasswordPolicy", Match.objectLike(Map.of("MinimumLength", 16, "RequireUppercase", true,
								"RequireLowercase", true, "RequireNumbers", true, "RequireSymbols", true)))));
	}

	@Test
	void userPoolWhenDefaultsThenRetainedAndProtectedFromDeletion() {
		template.hasResource("AWS::Cognito::UserPool", Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy",
				"Retain", "Properties", Match.objectLike(Map.of("DeletionProtection", "ACTIVE"))));
	}

	@Test
	void userPoolWhenSettingsSayDestroyThenNotRetainedNorProtected() {
		Template destroyable = TestStacks.template("Disposable",
				Map.of("deletionProtection", "false", "removalPolicy", "DESTROY"));
		destroyable.hasResource("AWS::Cognito::UserPool", Map.of("DeletionPolicy", "Delete", "Properties",
				Match.objectLike(Map.of("DeletionProtection", "INACTIVE"))));
	}

	@Test
	void userPoolWhenSynthesizedThenOnTheEssentialsPlanThatPasskeysNeed() {
		template.hasResourceProperties("AWS::Cognito::UserPool", Map.of("UserPoolTier", "ESSENTIALS"));
	}

	@Test
	void userPoolWhenSynthesizedThenPasskeysAreAFirstFactorBesideThePasswordCognitoRequires() {
		template.hasResourceProperties("AWS::Cognito::UserPool", Map.of("Policies", Match
			.objectLike(Map.of("SignInPolicy", Map.of("AllowedFirstAuthFactors", List.of("PASSWORD", "WEB_AUTHN"))))));
	}

	@Test
	void userPoolWhenSynthesizedThenPasskeysMustVerifyThePerson() {
		template.hasResourceProperties("AWS::Cognito::UserPool", Map.of("WebAuthnUserVerification", "required"));
	}

	@Test
	void userPoolWhenTheRelyingPartyIsSetThenPasskeysAreMadeForThatDomain() {
		template.hasResourceProperties("AWS::Cognito::UserPool",
				Map.of("WebAuthnRelyingPartyID", "portal.example.com"));
		Template other = TestStacks.template("OtherDomain", Map.of("passkeyRelyingPartyId", "example.org"));
		other.hasResourceProperties("AWS::Cognito::UserPool", Map.of("WebAuthnRelyingPartyID", "example.org"));
	}

	@Test
	void clientWhenSynthesizedThenConfidentialWithNoOAuthAndOnlyCustomAuthUserAuthAndRefresh() {
		template.hasResourceProperties("AWS::Cognito::UserPoolClient",
				Map.of("GenerateSecret", true, "ExplicitAuthFlows",
						List.of("ALLOW_CUSTOM_AUTH", "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
						"AllowedOAuthFlows", Match.absent(), "AllowedOAuthFlowsUserPoolClient", false));
	}

	@Test
	void clientWhenSynthesizedThenNoFlowTakesAPasswordDirectly() {
		Object flows = properties(template, logicalId(template, "AWS::Cognito::UserPoolClient"))
			.get("ExplicitAuthFlows");
		assertThat(flows).asInstanceOf(InstanceOfAssertFactories.LIST)
			.doesNotContain("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH");
	}

	@Test
	void clientWhenSynthesizedThenUserExistenceErrorsArePreventedAndRevocationIsOn() {
		template.hasResourceProperties("AWS::Cognito::UserPoolClient",
				Map.of("PreventUserExistenceErrors", "ENABLED", "EnableTokenRevocation", true));
	}

	@Test
	void clientWhenDefaultsThenSessionAndTokenValiditiesAreThreeMinutesOneHourAndThirtyDays() {
		template.hasResourceProperties("AWS::Cognito::UserPoolClient",
				Map.of("AuthSessionValidity", 3, "AccessTokenValidity", 60, "IdTokenValidity", 60,
						"RefreshTokenValidity", 43200, "TokenValidityUnits",
						Map.of("AccessToken", "minutes", "IdToken", "minutes", "RefreshToken", "minutes")));
	}

	@Test
	void clientWhenSynthesizedThenReadsAndWritesOnlyWhatTheWebAppNeeds() {
		template.hasResourceProperties("AWS::Cognito::UserPoolClient",
				Map.of("ReadAttributes", List.of("locale", "name", "phone_number", "phone_number_verified"),
						"WriteAttributes", List.of("locale", "name")));
	}

	@Test
	void clientWhenSynthesizedThenReadsAndWritesTheLocaleTheCodesAreSentIn() {
		Map<String, Object> client = properties(template, logicalId(template, "AWS::Cognito::UserPoolClient"));
		assertThat(client.get("ReadAttributes")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("locale");
		assertThat(client.get("WriteAttributes")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("locale");
	}

	@Test
	void clientWhenSynthesizedThenCannotRewriteAUsersPhoneNumber() {
		// an empty or absent list would let the client write every standard attribute
		Object writable = properties(template, logicalId(template, "AWS::Cognito::UserPoolClient"))
			.get("WriteAttributes");
		assertThat(writable).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty().doesNotContain("phone_number");
	}

}
