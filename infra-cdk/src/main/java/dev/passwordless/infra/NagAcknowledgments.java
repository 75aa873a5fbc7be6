package dev.passwordless.infra;

import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Validations;
import software.constructs.IConstruct;

/**
 * Acknowledges a cdk-nag AwsSolutions finding on one construct, always with the reason it
 * does not apply here.
 */
final class NagAcknowledgments {

	private NagAcknowledgments() {
	}

	/**
	 * @param scope the construct the finding is reported on
	 * @param rule the rule id after {@code AwsSolutions-}, e.g. {@code DDB3} or
	 * {@code IAM5[Resource::*]}
	 * @param reason why the finding is accepted
	 */
	static void acknowledge(IConstruct scope, String rule, String reason) {
		Validations.of(scope)
			.acknowledge(Acknowledgment.builder().id("AwsSolutions::AwsSolutions-" + rule).reason(reason).build());
	}

}
