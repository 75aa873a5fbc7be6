package dev.passwordless.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Validations;

/**
 * {@code cdk synth} / {@code cdk deploy}: one stack, checked by cdk-nag's AwsSolutions
 * pack. A setting that cannot be used ends the synth with one line saying which and why.
 */
public final class InfraApp {

	private InfraApp() {
	}

	public static void main(String[] args) {
		App app = new App();
		Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
		Environment environment = Environment.builder()
			.account(System.getenv("CDK_DEFAULT_ACCOUNT"))
			.region(System.getenv("CDK_DEFAULT_REGION"))
			.build();
		try {
			new PasswordlessStack(app, "PasswordlessSms", StackProps.builder().env(environment).build(),
					StackSettings.fromContext(app.getNode()));
		}
		catch (IllegalArgumentException ex) {
			System.err.println("Cannot synthesize: " + ex.getMessage());
			System.exit(1);
		}
		app.synth();
	}

}
