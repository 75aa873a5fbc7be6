package dev.passwordless.infra;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Template assertions, one concern per test. */
class PasswordlessStackTest {

	private static Template template;

	@BeforeAll
	static void synthesize() {
		template = TestStacks.template("Test", Map.of());
	}

	private static Template synthesize(String name, Map<String, String> settings) {
		return TestStacks.template(name, settings);
	}

	@Test
	void userPoolWhenSynthesizedThenPhoneNumberIsTheUsername() {
		template.hasResourceProperties("AWS::Cognito::UserPool", Map.of("UsernameAttributes", List.of("phone_number")));
	}

	@Test
	void userPoolWhenSynthesizedThenSelfSignUpIsOn() {
		template.hasResourceProperties("AWS::Cognito::UserPool",
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
		Template destroyable = synthesize("Disposable",
				Map.of("deletionProtection", "false", "removalPolicy", "DESTROY"));
		destroyable.hasResource("AWS::Cognito::UserPool", Map.of("DeletionPolicy", "Delete", "Properties",
				Match.objectLike(Map.of("DeletionProtection", "INACTIVE"))));
	}

	@Test
	void clientWhenSynthesizedThenConfidentialWithNoOAuthAndOnlyCustomAuthAndRefresh() {
		template.hasResourceProperties("AWS::Cognito::UserPoolClient",
				Map.of("GenerateSecret", true, "ExplicitAuthFlows",
						List.of("ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), "AllowedOAuthFlows", Match.absent(),
						"AllowedOAuthFlowsUserPoolClient", false));
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
		Map<String, Object> client = properties(template, clientLogicalId());
		assertThat(client.get("ReadAttributes")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("locale");
		assertThat(client.get("WriteAttributes")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("locale");
	}

	@Test
	void clientWhenSynthesizedThenCannotRewriteAUsersPhoneNumber() {
		// an empty or absent list would let the client write every standard attribute
		Object writable = properties(template, clientLogicalId()).get("WriteAttributes");
		assertThat(writable).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty().doesNotContain("phone_number");
	}

	@Test
	void clientSecretWhenSynthesizedThenCopiedFromTheClientAtDeployTimeAndInNoOutput() {
		template.resourcePropertiesCountIs("AWS::SecretsManager::Secret",
				Map.of("SecretString", Map.of("Fn::GetAtt", List.of(clientLogicalId(), "ClientSecret")),
						"GenerateSecretString", Match.absent()),
				1);
		String json = template.toJSON().toString();
		assertThat(json.split("ClientSecret\\]", -1)).as("one reference to the client's secret").hasSize(2);
		assertThat(String.valueOf(template.toJSON().get("Outputs"))).doesNotContain("ClientSecret]");
		template.hasOutput(PasswordlessStack.OUTPUT_CLIENT_SECRET_ARN,
				Map.of("Value", Map.of("Ref", Match.stringLikeRegexp("^ClientSecret"))));
	}

	@Test
	void clientSecretWhenSynthesizedThenAManagedPolicyForTheAppsRoleReadsThatSecretOnly() {
		template.resourceCountIs("AWS::IAM::ManagedPolicy", 1);
		template.hasResourceProperties("AWS::IAM::ManagedPolicy", Map.of("PolicyDocument", Map.of("Statement",
				List.of(Map.of("Action", List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
						"Effect", "Allow", "Resource", Map.of("Ref", Match.stringLikeRegexp("^ClientSecret"))))),
				"Roles", Match.absent(), "Users", Match.absent(), "Groups", Match.absent()));
		template.hasOutput(PasswordlessStack.OUTPUT_CLIENT_SECRET_READ_POLICY_ARN,
				Map.of("Value", Map.of("Ref", Match.stringLikeRegexp("^ClientSecretReadPolicy"))));
	}

	@Test
	void clientSecretWhenSynthesizedThenNoCustomResourceOrExtraFunctionFetchesIt() {
		template.resourceCountIs("AWS::Lambda::Function", 5);
		assertThat(template.toJSON().get("Resources").toString()).doesNotContain("Custom::");
	}

	@Test
	void triggersWhenSynthesizedThenFiveJava25Arm64FunctionsSizedForTheFiveSecondBudget() {
		template.resourcePropertiesCountIs("AWS::Lambda::Function",
				Map.of("Runtime", "java25", "Architectures", List.of("arm64"), "MemorySize", 1024, "Timeout", 5), 5);
	}

	@Test
	void triggersWhenSynthesizedThenSnapStartOnPublishedVersionsAndJsonLogs() {
		template.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("SnapStart",
				Map.of("ApplyOn", "PublishedVersions"), "LoggingConfig", Match.objectLike(Map.of("LogFormat", "JSON"))),
				5);
	}

	@Test
	void triggersWhenSynthesizedThenEachHasALogGroupWithRetention() {
		template.resourcePropertiesCountIs("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30), 5);
	}

	@Test
	void triggersWhenWiredThenCognitoInvokesTheLiveAliases() {
		Capture define = new Capture();
		template.hasResourceProperties("AWS::Cognito::UserPool",
				Map.of("LambdaConfig", Match.objectLike(Map.of("DefineAuthChallenge", define))));
		assertThat(define.asObject()).containsKey("Ref");
		assertThat(String.valueOf(define.asObject().get("Ref"))).contains("DefineAuthChallengeLive");
		template.resourceCountIs("AWS::Lambda::Alias", 5);
		template.resourcePropertiesCountIs("AWS::Lambda::Alias", Map.of("Name", "live"), 5);
	}

	@Test
	void triggersWhenWiredThenEachCognitoTriggerInvokesTheAliasOfItsOwnHandler() {
		Map<String, String> handlers = Map.of("PreSignUp", "dev.passwordless.triggers.PreSignUpHandler",
				"DefineAuthChallenge", "dev.passwordless.triggers.DefineAuthChallengeHandler", "CreateAuthChallenge",
				"dev.passwordless.triggers.CreateAuthChallengeHandler", "VerifyAuthChallengeResponse",
				"dev.passwordless.triggers.VerifyAuthChallengeHandler", "PostAuthentication",
				"dev.passwordless.triggers.PostAuthenticationHandler");
		Map<String, Object> wiring = map(properties(template, userPoolLogicalId()).get("LambdaConfig"));
		assertThat(wiring).containsOnlyKeys(handlers.keySet());
		handlers.forEach((cognitoTrigger, handler) -> {
			String alias = String.valueOf(map(wiring.get(cognitoTrigger)).get("Ref"));
			String function = String.valueOf(map(properties(template, alias).get("FunctionName")).get("Ref"));
			assertThat(properties(template, function).get("Handler")).as(cognitoTrigger).isEqualTo(handler);
		});
	}

	@Test
	void triggersWhenNothingIsSetThenNoDefaultIsRestatedAndTheTriggersOwnDefaultsApply() {
		for (String setting : List.of("ALLOWED_COUNTRIES", "CODE_LENGTH", "CODE_TTL_SECONDS", "SEND_COOLDOWN_SECONDS",
				"SENDS_PER_HOUR", "DAILY_SMS_BUDGET")) {
			template.resourcePropertiesCountIs("AWS::Lambda::Function",
					Map.of("Environment", Map.of("Variables", Match.objectLike(Map.of(setting, Match.anyValue())))), 0);
		}
	}

	@Test
	void stackWhenRestructuredThenThePoolTheClientAndTheTableKeepTheirLogicalIdsSoADeployIsNoReplacement() {
		assertThat(template.findResources("AWS::Cognito::UserPool")).containsOnlyKeys("UserPool6BA7E5F2");
		assertThat(template.findResources("AWS::Cognito::UserPoolClient"))
			.containsOnlyKeys("UserPoolWebClient4C9370B0");
		assertThat(template.findResources("AWS::DynamoDB::Table")).containsOnlyKeys("SendLimits503816EE");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private static Map<String, Object> properties(Template template, String logicalId) {
		Map<String, Object> resources = map(template.toJSON().get("Resources"));
		return map(map(resources.get(logicalId)).get("Properties"));
	}

	@Test
	void triggersWhenWiredThenOnlyThisUserPoolMayInvokeThem() {
		template.resourcePropertiesCountIs("AWS::Lambda::Permission",
				Map.of("Action", "lambda:InvokeFunction", "Principal", "cognito-idp.amazonaws.com", "SourceArn",
						Map.of("Fn::GetAtt", List.of(userPoolLogicalId(), "Arn"))),
				5);
	}

	@Test
	void triggersWhenConfiguredThenSettingsArriveAsEnvironmentVariables() {
		Template configured = synthesize("Configured",
				Map.ofEntries(Map.entry("allowedCountries", "US,GB"), Map.entry("codeLength", "8"),
						Map.entry("codeTtlSeconds", "240"), Map.entry("smsTemplate", "Code: {code}"),
						Map.entry("smsSenderId", "Example"), Map.entry("webOtpDomain", "app.example.com"),
						Map.entry("sendCooldownSeconds", "60"), Map.entry("sendsPerHour", "3"),
						Map.entry("dailySmsBudget", "250"), Map.entry("testNumbers", "+12025550142"),
						Map.entry("testCode", "42424242")));
		configured.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("Environment",
				Map.of("Variables", Match.objectLike(Map.ofEntries(Map.entry("ALLOWED_COUNTRIES", "US,GB"),
						Map.entry("CODE_LENGTH", "8"), Map.entry("CODE_TTL_SECONDS", "240"),
						Map.entry("SMS_TEMPLATE", "Code: {code}"), Map.entry("SMS_SENDER_ID", "Example"),
						Map.entry("WEB_OTP_DOMAIN", "app.example.com"), Map.entry("SEND_COOLDOWN_SECONDS", "60"),
						Map.entry("SENDS_PER_HOUR", "3"), Map.entry("DAILY_SMS_BUDGET", "250"),
						Map.entry("TEST_NUMBERS", "+12025550142"), Map.entry("TEST_CODE", "42424242"))))),
				5);
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
		template.resourcePropertiesCountIs(
				"AWS::IAM::Policy", Map
					.of("PolicyDocument",
							Map.of("Statement",
									List.of(Map.of("Action", "cognito-idp:AdminUpdateUserAttributes", "Effect", "Allow",
											"Resource", Map.of("Fn::GetAtt", List.of(userPoolLogicalId(), "Arn")))))),
				1);
		template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument",
				Match.objectLike(Map.of("Statement",
						Match.arrayWith(
								List.of(Match.objectLike(Map.of("Action", "cognito-idp:AdminUpdateUserAttributes")))))),
				"Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("PostAuthenticationRole.*")))));
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
	void edgeWhenSynthesizedThenAPerIpRateRuleProtectsTheUserPool() {
		template.hasResourceProperties("AWS::WAFv2::WebACL", Map.of("Scope", "REGIONAL", "Rules", List
			.of(Match.objectLike(Map.of("Action", Map.of("Block", Map.of()), "Statement", Map.of("RateBasedStatement",
					Match.objectLike(Map.of("AggregateKeyType", "IP", "Limit", 100, "EvaluationWindowSec", 300))))))));
		template.hasResourceProperties("AWS::WAFv2::WebACLAssociation",
				Map.of("ResourceArn", Map.of("Fn::GetAtt", List.of(userPoolLogicalId(), "Arn"))));
	}

	@Test
	void edgeWhenTheAppsEgressIsGivenThenTheRateRuleNeitherCountsNorBlocksIt() {
		template.hasResourceProperties("AWS::WAFv2::IPSet",
				Map.of("Scope", "REGIONAL", "IPAddressVersion", "IPV4", "Addresses", List.of("203.0.113.10/32")));
		String ipSet = template.findResources("AWS::WAFv2::IPSet").keySet().iterator().next();
		template.hasResourceProperties("AWS::WAFv2::WebACL",
				Map.of("Rules",
						List.of(Match.objectLike(Map.of("Statement",
								Map.of("RateBasedStatement", Match.objectLike(Map.of("ScopeDownStatement",
										Map.of("NotStatement", Map.of("Statement", Map.of("IPSetReferenceStatement",
												Map.of("Arn", Map.of("Fn::GetAtt", List.of(ipSet, "Arn"))))))))))))));
	}

	@Test
	void edgeWhenTheAppsEgressHasBothFamiliesThenOneIpSetEachAndNeitherIsCounted() {
		Template both = synthesize("BothFamilies",
				Map.of("appEgressCidrs", "203.0.113.10, 198.51.100.0/28, 2001:db8:ab::/48"));
		both.hasResourceProperties("AWS::WAFv2::IPSet",
				Map.of("IPAddressVersion", "IPV4", "Addresses", List.of("203.0.113.10/32", "198.51.100.0/28")));
		both.hasResourceProperties("AWS::WAFv2::IPSet",
				Map.of("IPAddressVersion", "IPV6", "Addresses", List.of("2001:0db8:00ab:0000:0000:0000:0000:0000/48")));
		Capture sets = new Capture();
		both.hasResourceProperties("AWS::WAFv2::WebACL", Map.of("Rules", List.of(Match.objectLike(
				Map.of("Statement", Map.of("RateBasedStatement", Match.objectLike(Map.of("ScopeDownStatement", Map
					.of("NotStatement", Map.of("Statement", Map.of("OrStatement", Map.of("Statements", sets))))))))))));
		assertThat(sets.asArray()).hasSize(2).allSatisfy((set) -> assertThat(set.toString()).contains("AppEgressIpv"));
	}

	@Test
	void edgeWhenTheAppsEgressIsNoneThenTheRuleOnlyCountsAndTheSynthWarns() {
		PasswordlessStack stack = TestStacks.stack(new App(), "CountsOnly", Map.of("appEgressCidrs", "none"));
		Template countsOnly = Template.fromStack(stack);
		countsOnly.resourceCountIs("AWS::WAFv2::IPSet", 0);
		countsOnly.hasResourceProperties("AWS::WAFv2::WebACL", Map
			.of("Rules", List.of(Match.objectLike(Map.of("Action", Map.of("Count", Map.of()), "Statement",
					Map.of("RateBasedStatement", Match.objectLike(Map.of("ScopeDownStatement", Match.absent()))))))));
		Annotations.fromStack(stack)
			.hasWarning("/CountsOnly/RateLimit", Match.stringLikeRegexp("PerIpRateLimit only counts"));
	}

	@Test
	void edgeWhenTheAppsEgressIsNotSetThenTheSynthRefusesAndSaysWhatToSet() {
		assertThatThrownBy(() -> new PasswordlessStack(new App(), "NoEgress", StackProps.builder().build(),
				StackSettings.of(Map.of())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("appEgressCidrs is not set.")
			.hasMessageContaining("-c appEgressCidrs=none");
	}

	@Test
	void edgeWhenAnEgressAddressIsMalformedThenTheSynthRefusesNamingIt() {
		assertThatThrownBy(() -> TestStacks.stack(new App(), "BadEgress", Map.of("appEgressCidrs", "app.example.com")))
			.hasMessage("appEgressCidrs: 'app.example.com' is not an IP address or a block like 203.0.113.10/32");
	}

	@Test
	void outputsWhenSynthesizedThenNamedForTheWebAppsSettings() {
		template.hasOutput(PasswordlessStack.OUTPUT_REGION, Map.of("Value", Map.of("Ref", "AWS::Region")));
		template.hasOutput(PasswordlessStack.OUTPUT_USER_POOL_ID, Map.of("Value", Map.of("Ref", userPoolLogicalId())));
		template.hasOutput(PasswordlessStack.OUTPUT_CLIENT_ID,
				Map.of("Value", Map.of("Ref", clientLogicalId()), "Description", "cognito.client-id"));
	}

	@Test
	void stackWhenSynthesizedThenNothingAccountSpecificIsCommitted() {
		// a 12-digit number on its own, as an account id stands in an ARN (not digits
		// inside a hex asset hash)
		assertThat(template.toJSON().toString()).doesNotContainPattern("(?<![0-9a-fA-F])\\d{12}(?![0-9a-fA-F])");
	}

	private static String clientLogicalId() {
		return template.findResources("AWS::Cognito::UserPoolClient").keySet().iterator().next();
	}

	private static String userPoolLogicalId() {
		return template.findResources("AWS::Cognito::UserPool").keySet().iterator().next();
	}

	@Test
	void sendLimitsTableWhenSynthesizedThenOnDemandWithTtlOnTheStoresAttributeAndNoPointInTimeRecovery() {
		template.resourceCountIs("AWS::DynamoDB::Table", 1);
		template.hasResourceProperties("AWS::DynamoDB::Table",
				Map.of("BillingMode", "PAY_PER_REQUEST", "KeySchema",
						List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")), "AttributeDefinitions",
						List.of(Map.of("AttributeName", "pk", "AttributeType", "S")), "TimeToLiveSpecification",
						Map.of("AttributeName", "expiresAt", "Enabled", true), "PointInTimeRecoverySpecification",
						Map.of("PointInTimeRecoveryEnabled", false)));
	}

	@Test
	void sendLimitsWhenSynthesizedThenOnlyCreateMayUseTheTableAndOnlyToReadAndWriteItems() {
		Capture roles = new Capture();
		Capture actions = new Capture();
		template.resourcePropertiesCountIs("AWS::IAM::Policy", Map.of("PolicyDocument",
				Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Action", actions, "Resource",
						Match.arrayWith(List
							.of(Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("SendLimits.*"), "Arn"))))))))),
				"Roles", roles), 1);
		assertThat(actions.asArray()).containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:PutItem",
				"dynamodb:UpdateItem");
		assertThat(roles.asArray().toString()).contains("CreateAuthChallenge");
		assertThat(template.toJSON().toString().replaceAll("\\s", "")).doesNotContain("dynamodb:*")
			.doesNotContain("dynamodb:Scan")
			.doesNotContain("dynamodb:DeleteItem");
	}

	@Test
	void createWhenSynthesizedThenGetsTheTableAndTheKeyByReferenceAndNoOtherTriggerGetsTheKey() {
		template.resourcePropertiesCountIs("AWS::Lambda::Function", Map.of("Environment",
				Map.of("Variables", Match.objectLike(Map.of("SEND_LIMIT_KEY", Match.anyValue())))), 1);
		Capture key = new Capture();
		template.hasResourceProperties("AWS::Lambda::Function",
				Map.of("Handler", Match.stringLikeRegexp(".*CreateAuthChallengeHandler.*"), "Environment",
						Map.of("Variables", Match.objectLike(Map.of("SEND_LIMITS_TABLE",
								Map.of("Ref", Match.stringLikeRegexp("SendLimits.*")), "SEND_LIMIT_KEY", key)))));
		assertThat(key.asObject().toString()).contains("{{resolve:secretsmanager:").contains("SendLimitKey");
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
	void budgetAlarmWhenSynthesizedThenWatchesTheTriggersMetricForThisPool() {
		template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("Namespace", "Passwordless", "MetricName",
				"SmsBudgetExhausted", "Threshold", 1, "ComparisonOperator", "GreaterThanOrEqualToThreshold",
				"Dimensions",
				List.of(Map.of("Name", "UserPoolId", "Value", Map.of("Ref", Match.stringLikeRegexp("UserPool.*"))))));
	}

	@Test
	void budgetAlarmWhenSynthesizedThenTellsItsTopicWhenItFires() {
		String topic = template.findResources("AWS::SNS::Topic").keySet().iterator().next();
		template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("MetricName", "SmsBudgetExhausted",
				"AlarmActions", List.of(Map.of("Ref", topic)), "OKActions", Match.absent()));
		template.hasOutput(PasswordlessStack.OUTPUT_ALARM_TOPIC_ARN, Map.of("Value", Map.of("Ref", topic)));
	}

	@Test
	void budgetAlarmWhenSynthesizedThenItsTopicTakesOnlyEncryptedConnections() {
		template.hasResourceProperties("AWS::SNS::TopicPolicy", Map
			.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(
					Map.of("Effect", "Deny", "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
	}

	@Test
	void budgetAlarmWhenAnEmailIsSetThenThatAddressIsSubscribedToItsTopic() {
		Template withEmail = synthesize("WithEmail", Map.of("alarmEmail", "ops@example.com"));
		String topic = withEmail.findResources("AWS::SNS::Topic").keySet().iterator().next();
		withEmail.resourceCountIs("AWS::SNS::Subscription", 1);
		withEmail.hasResourceProperties("AWS::SNS::Subscription",
				Map.of("Protocol", "email", "Endpoint", "ops@example.com", "TopicArn", Map.of("Ref", topic)));
	}

	@Test
	void budgetAlarmWhenNoEmailIsSetThenNobodyIsSubscribedAndTheSynthWarns() {
		PasswordlessStack stack = TestStacks.stack(new App(), "NoEmail", Map.of());
		Template.fromStack(stack).resourceCountIs("AWS::SNS::Subscription", 0);
		Annotations.fromStack(stack).hasWarning("/NoEmail/SendLimits", Match.stringLikeRegexp("alarmEmail is not set"));
	}

	@Test
	void budgetAlarmWhenTheEmailIsNotAnAddressThenTheSynthRefusesNamingIt() {
		assertThatThrownBy(() -> TestStacks.stack(new App(), "BadEmail", Map.of("alarmEmail", "ops@example.com,me@x")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("alarmEmail must be one email address like ops@example.com, was 'ops@example.com,me@x'");
	}

	@Test
	void triggersWhenATestNumberIsNotFictionalThenTheSynthFailsWithoutShowingIt() {
		assertThatThrownBy(() -> TestStacks.stack(new App(), "RealNumber",
				Map.of("testNumbers", "+14158675309", "testCode", "424242")))
			.hasMessageStartingWith("TEST_NUMBERS may only hold numbers reserved for fiction")
			.hasMessageNotContaining("8675309");
	}

}
