package dev.passwordless.infra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static dev.passwordless.infra.TestStacks.logicalId;
import static dev.passwordless.infra.TestStacks.map;
import static dev.passwordless.infra.TestStacks.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The six triggers: sizing, wiring, settings and what each may do. */
class TriggersTest {

	private static final Template template = TestStacks.defaults();

	@Test
	void triggersWhenSynthesizedThenSixJava25Arm64FunctionsSizedForTheFiveSecondBudget() {
		template.resourcePropertiesCountIs("AWS::Lambda::Function",
				Map.of("Runtime", "java25", "Architectures", List.of("arm64"), "MemorySize", 1024, "Timeout", 5), 6);
	}

	@Test
	void triggersWhenSynthesizedThenSnapStartOnPublishedVersionsAndLambdasTextLogFormat() {
		// Lambda's JSON format would wrap each line in the runtime's own object, where
		// CloudWatch no longer reads the budget metrics (TriggerLogFormatTest)
		template.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("SnapStart",
				Map.of("ApplyOn", "PublishedVersions"), "LoggingConfig", Match.objectLike(Map.of("LogFormat", "Text"))),
				6);
	}

	@Test
	void triggersWhenSynthesizedThenEachHasALogGroupWithRetention() {
		template.resourcePropertiesCountIs("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30), 6);
	}

	@Test
	void triggersWhenWiredThenCognitoInvokesTheLiveAliases() {
		Capture define = new Capture();
		template.hasResourceProperties("AWS::Cognito::UserPool",
				Map.of("LambdaConfig", Match.objectLike(Map.of("DefineAuthChallenge", define))));
		assertThat(define.asObject()).containsKey("Ref");
		assertThat(String.valueOf(define.asObject().get("Ref"))).contains("DefineAuthChallengeLive");
		template.resourceCountIs("AWS::Lambda::Alias", 6);
		template.resourcePropertiesCountIs("AWS::Lambda::Alias", Map.of("Name", "live"), 6);
	}

	@Test
	void triggersWhenWiredThenEachCognitoTriggerInvokesTheAliasOfItsOwnHandler() {
		Map<String, String> handlers = Map.of("PreSignUp", "dev.passwordless.triggers.PreSignUpHandler",
				"PreAuthentication", "dev.passwordless.triggers.PreAuthenticationHandler", "DefineAuthChallenge",
				"dev.passwordless.triggers.DefineAuthChallengeHandler", "CreateAuthChallenge",
				"dev.passwordless.triggers.CreateAuthChallengeHandler", "VerifyAuthChallengeResponse",
				"dev.passwordless.triggers.VerifyAuthChallengeHandler", "PostAuthentication",
				"dev.passwordless.triggers.PostAuthenticationHandler");
		Map<String, Object> wiring = map(
				properties(template, logicalId(template, "AWS::Cognito::UserPool")).get("LambdaConfig"));
		assertThat(wiring).containsOnlyKeys(handlers.keySet());
		handlers.forEach((cognitoTrigger, handler) -> {
			String alias = String.valueOf(map(wiring.get(cognitoTrigger)).get("Ref"));
			String function = String.valueOf(map(properties(template, alias).get("FunctionName")).get("Ref"));
			assertThat(properties(template, function).get("Handler")).as(cognitoTrigger).isEqualTo(handler);
		});
	}

	@Test
	void triggersWhenNothingIsSetThenNoDefaultIsRestatedAndTheTriggersOwnDefaultsApply() {
		// ALLOWED_COUNTRIES has no default (below)
		for (String setting : List.of("CODE_LENGTH", "CODE_TTL_SECONDS", "SEND_COOLDOWN_SECONDS", "SENDS_PER_HOUR",
				"DAILY_SMS_BUDGET", "RESERVED_BUDGET_PERCENT")) {
			template.resourcePropertiesCountIs("AWS::Lambda::Function",
					Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of(setting, Match.anyValue())))), 0);
		}
	}

	@Test
	void triggersWhenTheCountriesAreSetThenEveryFunctionGetsThem() {
		template.resourcePropertiesCountIs("AWS::Lambda::Function",
				Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of("ALLOWED_COUNTRIES", "US,GB")))), 6);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " , " })
	void triggersWhenTheCountriesAreNotSetThenTheSynthRefusesAndSaysWhatToSet(String countries) {
		Map<String, String> settings = new HashMap<>(
				Map.of("appEgressCidrs", "203.0.113.10/32", "passkeyRelyingPartyId", "portal.example.com"));
		if (!countries.isEmpty()) {
			settings.put("allowedCountries", countries);
		}
		assertThatThrownBy(() -> new PasswordlessStack(new App(), "NoCountries", StackProps.builder().build(),
				StackSettings.of(settings)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("allowedCountries is not set.")
			.hasMessageContaining("-c allowedCountries=US,GB")
			.hasMessageContaining("add 001 to allow non-geographic numbers");
	}

	@Test
	void triggersWhenTheCountriesNameNoRegionThenTheSynthRefusesWithTheTriggersMessage() {
		assertThatThrownBy(() -> TestStacks.stack(new App(), "BadCountry", Map.of("allowedCountries", "US,XX")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("ALLOWED_COUNTRIES 'XX' is not a known ISO 3166 region code");
	}

	@Test
	void triggersWhenTheReservedShareIsOutOfRangeThenTheSynthRefusesWithTheTriggersMessage() {
		assertThatThrownBy(() -> TestStacks.stack(new App(), "BadReserve", Map.of("reservedBudgetPercent", "95")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("RESERVED_BUDGET_PERCENT must be between 0 and 90, was 95");
	}

	@Test
	void triggersWhenWiredThenOnlyThisUserPoolMayInvokeThem() {
		template.resourcePropertiesCountIs("AWS::Lambda::Permission",
				Map.of("Action", "lambda:InvokeFunction", "Principal", "cognito-idp.amazonaws.com", "SourceArn",
						Map.of("Fn::GetAtt", List.of(logicalId(template, "AWS::Cognito::UserPool"), "Arn"))),
				6);
	}

	@Test
	void triggersWhenConfiguredThenSettingsArriveAsEnvironmentVariables() {
		Template configured = TestStacks.template("Configured",
				Map.ofEntries(Map.entry("allowedCountries", "US,GB"), Map.entry("codeLength", "8"),
						Map.entry("codeTtlSeconds", "240"), Map.entry("appName", "Example Portal"),
						Map.entry("smsTemplate", "Code: {code}"), Map.entry("smsSenderId", "Example"),
						Map.entry("webOtpDomain", "app.example.com"), Map.entry("sendCooldownSeconds", "60"),
						Map.entry("sendsPerHour", "3"), Map.entry("dailySmsBudget", "250"),
						Map.entry("reservedBudgetPercent", "30"), Map.entry("testNumbers", "+12025550142"),
						Map.entry("testCode", "42424242")));
		configured.resourcePropertiesCountIs("AWS::Lambda::Function",
				Map.of("Environment",
						Map.of("Variables", Match.objectLike(Map.ofEntries(Map.entry("ALLOWED_COUNTRIES", "US,GB"),
								Map.entry("CODE_LENGTH", "8"), Map.entry("CODE_TTL_SECONDS", "240"),
								Map.entry("APP_NAME", "Example Portal"), Map.entry("SMS_TEMPLATE", "Code: {code}"),
								Map.entry("SMS_SENDER_ID", "Example"), Map.entry("WEB_OTP_DOMAIN", "app.example.com"),
								Map.entry("SEND_COOLDOWN_SECONDS", "60"), Map.entry("SENDS_PER_HOUR", "3"),
								Map.entry("DAILY_SMS_BUDGET", "250"), Map.entry("RESERVED_BUDGET_PERCENT", "30"),
								Map.entry("TEST_NUMBERS", "+12025550142"), Map.entry("TEST_CODE", "42424242"))))),
				6);
	}

	@Test
	void permissionsWhenSynthesizedThenOnlyCreatePublishesAndNeverToTopics() {
		Capture roles = new Capture();
		template.resourcePropertiesCountIs("AWS::IAM::Policy",
				Map.of("PolicyDocument",
						Map.of("Statement", Match
							.arrayWith(List.of(Match.objectLike(Map.of("Action", "sns:Publish", "Effect", "Allow")))))),
				1);
		template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement", List.of(
				Map.of("Sid", "PublishSmsToPhoneNumbers", "Action", "sns:Publish", "Effect", "Allow", "Resource", "*"),
				Map.of("Sid", "NeverToTopics", "Action", "sns:Publish", "Effect", "Deny", "Resource",
						Map.of("Fn::Join",
								List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"), ":sns:*:*:*")))))),
				"Roles", roles));
		assertThat(roles.asArray().toString()).contains("CreateAuthChallengeRole");
	}

	@Test
	void permissionsWhenSynthesizedThenOnlyPostAuthenticationUpdatesAttributesAndOnlyInThisPool() {
		template.resourcePropertiesCountIs("AWS::IAM::Policy",
				Map.of("PolicyDocument", Map.of("Statement",
						List.of(Map.of("Action", "cognito-idp:AdminUpdateUserAttributes", "Effect", "Allow", "Resource",
								Map.of("Fn::GetAtt", List.of(logicalId(template, "AWS::Cognito::UserPool"), "Arn")))))),
				1);
		template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument",
				Match.objectLike(Map.of("Statement",
						Match.arrayWith(
								List.of(Match.objectLike(Map.of("Action", "cognito-idp:AdminUpdateUserAttributes")))))),
				"Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("PostAuthenticationRole.*")))));
	}

	@Test
	void permissionsWhenSynthesizedThenOnlyCreateListsUsersAndOnlyInThisPool() {
		template.resourcePropertiesCountIs("AWS::IAM::Policy",
				Map.of("PolicyDocument", Map.of("Statement",
						List.of(Map.of("Action", "cognito-idp:ListUsers", "Effect", "Allow", "Resource",
								Map.of("Fn::GetAtt", List.of(logicalId(template, "AWS::Cognito::UserPool"), "Arn")))))),
				1);
		template.hasResourceProperties("AWS::IAM::Policy",
				Map.of("PolicyDocument",
						Match.objectLike(Map.of("Statement",
								Match.arrayWith(List.of(Match.objectLike(Map.of("Action", "cognito-idp:ListUsers")))))),
						"Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("CreateAuthChallengeRole.*")))));
	}

	@Test
	void permissionsWhenSynthesizedThenNoWildcardActionsAndNoManagedPolicies() {
		List<String> actions = template.findResources("AWS::IAM::Policy")
			.values()
			.stream()
			.flatMap((policy) -> statements(policy).stream())
			.flatMap((statement) -> (statement.get("Action") instanceof List<?> list) ? list.stream()
					: java.util.stream.Stream.of(statement.get("Action")))
			.map(String::valueOf)
			.toList();
		assertThat(actions).isNotEmpty().noneMatch((action) -> action.contains("*"));
		assertThat(template.findResources("AWS::IAM::Role").values())
			.noneMatch((role) -> String.valueOf(role.get("Properties")).contains("ManagedPolicyArns"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> statements(Map<String, Object> policy) {
		Map<String, Object> properties = (Map<String, Object>) policy.get("Properties");
		Map<String, Object> document = (Map<String, Object>) properties.get("PolicyDocument");
		return (List<Map<String, Object>>) document.get("Statement");
	}

	@Test
	void createAndPreAuthenticationWhenSynthesizedThenGetTheTableAndTheKeyByReferenceAndNoOtherTriggerGetsTheKey() {
		template.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("Environment",
				Map.of("Variables", Match.objectLike(Map.of("SEND_LIMIT_KEY", Match.anyValue())))), 2);
		for (String handler : List.of("CreateAuthChallengeHandler", "PreAuthenticationHandler")) {
			Capture key = new Capture();
			template.hasResourceProperties("AWS::Lambda::Function",
					Map.of("Handler", Match.stringLikeRegexp(".*" + handler), "Environment",
							Map.of("Variables", Match.objectLike(Map.of("SEND_LIMITS_TABLE",
									Map.of("Ref", Match.stringLikeRegexp("SendLimits.*")), "SEND_LIMIT_KEY", key)))));
			assertThat(key.asObject().toString()).as(handler)
				.contains("{{resolve:secretsmanager:")
				.contains("SendLimitKey");
		}
		template.resourcePropertiesCountIs("AWS::SecretsManager::Secret",
				Map.of("Description", Match.stringLikeRegexp("send-limits"), "GenerateSecretString",
						Map.of("PasswordLength", 64, "ExcludePunctuation", true)),
				1);
	}

	@Test
	void codeHashKeyWhenSynthesizedThenOnlyCreateAndVerifyGetItAndOnlyByReference() {
		Map<String, Map<String, Object>> keyed = template.findResources("AWS::Lambda::Function",
				Map.of("Properties", Map.of("Environment",
						Map.of("Variables", Match.objectLike(Map.of("CODE_HASH_KEY", Match.anyValue()))))));
		assertThat(keyed.values()).extracting((function) -> map(function.get("Properties")).get("Handler"))
			.containsExactlyInAnyOrder("dev.passwordless.triggers.CreateAuthChallengeHandler",
					"dev.passwordless.triggers.VerifyAuthChallengeHandler");
		assertThat(keyed.values()).allSatisfy((function) -> {
			String reference = String.valueOf(
					map(map(map(function.get("Properties")).get("Environment")).get("Variables")).get("CODE_HASH_KEY"));
			assertThat(reference).startsWith("{Fn::Join=[, [{{resolve:secretsmanager:, {Ref=TriggersCodeHashKey");
		});
		template.hasResourceProperties("AWS::SecretsManager::Secret",
				Map.of("Description", Match.stringLikeRegexp("hashes of sign-in codes"), "GenerateSecretString",
						Map.of("PasswordLength", 64, "ExcludePunctuation", true)));
		assertThat(map(template.toJSON().get("Resources")).keySet())
			.anyMatch((id) -> id.startsWith("TriggersCodeHashKey"));
	}

	@Test
	void keysWhenHandedToTheTriggersThenNoTriggerMayReadSecretsManagerItself() {
		assertThat(template.findResources("AWS::IAM::Policy").values())
			.noneMatch((policy) -> String.valueOf(policy).contains("secretsmanager:"));
	}

	@Test
	void triggersWhenATestNumberIsNotFictionalThenTheSynthFailsWithoutShowingIt() {
		assertThatThrownBy(() -> TestStacks.stack(new App(), "RealNumber",
				Map.of("testNumbers", "+14158675309", "testCode", "424242")))
			.hasMessageStartingWith("TEST_NUMBERS may only hold numbers reserved for fiction")
			.hasMessageNotContaining("8675309");
	}

}
