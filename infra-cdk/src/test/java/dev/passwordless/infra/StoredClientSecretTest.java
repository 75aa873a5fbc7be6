package dev.passwordless.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static dev.passwordless.infra.TestStacks.logicalId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the app reads the client secret, and that the value is in no template or output.
 */
class StoredClientSecretTest {

	private static final Template template = TestStacks.defaults();

	@Test
	void clientSecretWhenSynthesizedThenCopiedFromTheClientAtDeployTimeAndInNoOutput() {
		template.resourcePropertiesCountIs("AWS::SecretsManager::Secret",
				Map.of("SecretString",
						Map.of("Fn::GetAtt",
								List.of(logicalId(template, "AWS::Cognito::UserPoolClient"), "ClientSecret")),
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
		// one of the app's two managed policies (the other is UserAdministration's)
		template
			.resourcePropertiesCountIs("AWS::IAM::ManagedPolicy",
					Map.of("PolicyDocument", Match.objectLike(Map.of("Statement",
							Match.arrayWith(List.of(Match.objectLike(
									Map.of("Action", Match.arrayWith(List.of("secretsmanager:GetSecretValue"))))))))),
					1);
		template.hasResourceProperties("AWS::IAM::ManagedPolicy", Map.of("PolicyDocument", Map.of("Statement",
				List.of(Map.of("Action", List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
						"Effect", "Allow", "Resource", Map.of("Ref", Match.stringLikeRegexp("^ClientSecret"))))),
				"Roles", Match.absent(), "Users", Match.absent(), "Groups", Match.absent()));
		template.hasOutput(PasswordlessStack.OUTPUT_CLIENT_SECRET_READ_POLICY_ARN,
				Map.of("Value", Map.of("Ref", Match.stringLikeRegexp("^ClientSecretReadPolicy"))));
	}

	@Test
	void clientSecretWhenSynthesizedThenNoCustomResourceOrExtraFunctionFetchesIt() {
		// the triggers' functions only
		template.resourceCountIs("AWS::Lambda::Function", WiredTrigger.values().length);
		assertThat(template.toJSON().get("Resources").toString()).doesNotContain("Custom::");
	}

}
