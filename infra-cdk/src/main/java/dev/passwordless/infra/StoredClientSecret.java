package dev.passwordless.infra;

import java.util.List;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.services.cognito.CfnUserPoolClient;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * Where the web app reads the app client's secret: a Secrets Manager secret that
 * CloudFormation fills from the client's own {@code StoredClientSecret} attribute when it
 * deploys, and a managed policy that allows reading exactly that secret, for the app's
 * role to attach. The value is in no template and no output: the template holds
 * {@code Fn::GetAtt [client, StoredClientSecret]}, the outputs the secret's and the
 * policy's ARNs. (Why not CDK's {@code userPoolClientSecret}: the module README, "The
 * client secret".)
 */
final class StoredClientSecret extends Construct {

	private final Secret secret;

	private final ManagedPolicy readPolicy;

	StoredClientSecret(Construct scope, String id, StoredClientSecretProps props) {
		super(scope, id);
		CfnUserPoolClient client = (CfnUserPoolClient) props.client().getNode().getDefaultChild();
		this.secret = Secret.Builder.create(this, "Default")
			.description(
					"The web app's Cognito client secret (passwordless.cognito.client-secret / PASSWORDLESS_COGNITO_CLIENT_SECRET)")
			.secretStringValue(SecretValue.resourceAttribute(client.getAttrClientSecret()))
			.removalPolicy(RemovalPolicy.DESTROY)
			.build();
		NagAcknowledgments.acknowledge(this.secret, "SMG4",
				"A copy of the secret Cognito generated for the app client, kept in step by CloudFormation; Secrets "
						+ "Manager rotation cannot change it. It is rotated by replacing the client (new id and "
						+ "secret), which this secret follows on the same deploy");
		this.readPolicy = ManagedPolicy.Builder.create(this, "ReadPolicy")
			.description("Lets the web app read its Cognito client secret, and nothing else")
			.statements(List.of(PolicyStatement.Builder.create()
				.effect(Effect.ALLOW)
				.actions(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"))
				.resources(List.of(this.secret.getSecretArn()))
				.build()))
			.build();
	}

	/** The secret's ARN: where the operator or the app's role reads the value. */
	String secretArn() {
		return this.secret.getSecretArn();
	}

	/** The ARN of the policy the app's role attaches to read it. */
	String readPolicyArn() {
		return this.readPolicy.getManagedPolicyArn();
	}

}
