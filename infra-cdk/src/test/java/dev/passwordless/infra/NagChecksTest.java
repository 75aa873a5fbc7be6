package dev.passwordless.infra;

import java.util.List;
import java.util.Map;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.PolicyStatement;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * cdk-nag's AwsSolutions pack: every finding fixed or acknowledged with a specific
 * reason.
 */
class NagChecksTest {

	@Test
	void synthWhenAwsSolutionsPackRunsThenNoUnacknowledgedFinding() {
		App app = new App();
		Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
		TestStacks.stack(app, "Checked", Map.of());
		assertThatCode(app::synth).doesNotThrowAnyException();
	}

	@Test
	void synthWhenAStackGainsAWildcardPermissionThenThePackFailsIt() {
		App app = new App();
		Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
		PasswordlessStack stack = TestStacks.stack(app, "Loose", Map.of());
		Policy.Builder.create(stack, "TooBroad")
			.statements(
					List.of(PolicyStatement.Builder.create().actions(List.of("sns:*")).resources(List.of("*")).build()))
			.roles(List.of(software.amazon.awscdk.services.iam.Role.Builder.create(stack, "AnyRole")
				.assumedBy(new software.amazon.awscdk.services.iam.ServicePrincipal("lambda.amazonaws.com"))
				.build()))
			.build();
		assertThatThrownBy(app::synth).hasMessageContaining("Validation failed");
	}

}
