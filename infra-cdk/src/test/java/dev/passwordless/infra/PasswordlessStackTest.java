package dev.passwordless.infra;

import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

import static dev.passwordless.infra.TestStacks.logicalId;
import static org.assertj.core.api.Assertions.assertThat;

/** The stack as a whole: outputs, logical ids, nothing account-specific. */
class PasswordlessStackTest {

	private static final Template template = TestStacks.defaults();

	@Test
	void stackWhenRestructuredThenThePoolTheClientAndTheTableKeepTheirLogicalIdsSoADeployIsNoReplacement() {
		assertThat(template.findResources("AWS::Cognito::UserPool")).containsOnlyKeys("UserPool6BA7E5F2");
		assertThat(template.findResources("AWS::Cognito::UserPoolClient"))
			.containsOnlyKeys("UserPoolWebClient4C9370B0");
		assertThat(template.findResources("AWS::DynamoDB::Table")).containsOnlyKeys("SendLimits503816EE");
	}

	@Test
	void outputsWhenSynthesizedThenNamedForTheWebAppsSettings() {
		template.hasOutput(PasswordlessStack.OUTPUT_REGION, Map.of("Value", Map.of("Ref", "AWS::Region")));
		template.hasOutput(PasswordlessStack.OUTPUT_USER_POOL_ID,
				Map.of("Value", Map.of("Ref", logicalId(template, "AWS::Cognito::UserPool"))));
		template.hasOutput(PasswordlessStack.OUTPUT_CLIENT_ID,
				Map.of("Value", Map.of("Ref", logicalId(template, "AWS::Cognito::UserPoolClient")), "Description",
						"passwordless.cognito.client-id"));
	}

	@Test
	void stackWhenSynthesizedThenTheAppsRoleHasTwoManagedPoliciesToAttachReadSecretAndAdministerUsers() {
		template.resourceCountIs("AWS::IAM::ManagedPolicy", 2);
		template.hasOutput(PasswordlessStack.OUTPUT_CLIENT_SECRET_READ_POLICY_ARN, Map.of());
		template.hasOutput(PasswordlessStack.OUTPUT_ADMIN_POLICY_ARN, Map.of());
	}

	@Test
	void stackWhenSynthesizedThenNothingAccountSpecificIsCommitted() {
		// a 12-digit number on its own, as an account id stands in an ARN (not digits
		// inside a hex asset hash)
		assertThat(template.toJSON().toString()).doesNotContainPattern("(?<![0-9a-fA-F])\\d{12}(?![0-9a-fA-F])");
	}

}
