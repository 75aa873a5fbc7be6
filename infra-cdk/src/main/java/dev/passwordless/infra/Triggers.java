package dev.passwordless.infra;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.passwordless.triggers.TriggerEnvironment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/**
 * The five triggers, wired to the pool, each allowed only what its job needs: Create
 * keeps the SMS limits and sends SMS (to phone numbers only), Post authentication marks
 * numbers verified in this pool; the others only write their logs.
 */
final class Triggers extends Construct {

	private final Map<Trigger, TriggerFunction> functions = new EnumMap<>(Trigger.class);

	Triggers(Construct scope, String id, TriggersProps props) {
		super(scope, id);
		// a setting the triggers would refuse (say, a test number outside the fiction
		// ranges) fails the synth, not the first sign-in
		TriggerEnvironment.check(props.settings());
		Code code = Code.fromAsset(props.triggersJar());
		for (Trigger trigger : Trigger.values()) {
			TriggerFunction function = new TriggerFunction(this, trigger, environment(trigger, props), code,
					props.logRetention());
			props.userPool().addTrigger(trigger.operation(), function.alias());
			this.functions.put(trigger, function);
		}
		props.smsLimits().grantReadWriteRows(function(Trigger.CREATE_AUTH_CHALLENGE).role());
		allowSmsFromCreateOnly(function(Trigger.CREATE_AUTH_CHALLENGE));
		allowPhoneVerificationFromPostAuthenticationOnly(function(Trigger.POST_AUTHENTICATION), props);
	}

	/**
	 * The one place a trigger's settings are put together: the team's settings for all,
	 * and for Create the limits' table and hashing key (by reference).
	 */
	private static Map<String, String> environment(Trigger trigger, TriggersProps props) {
		Map<String, String> environment = new HashMap<>(props.settings());
		if (trigger == Trigger.CREATE_AUTH_CHALLENGE) {
			environment.put(TriggerEnvironment.SEND_LIMITS_TABLE, props.smsLimits().tableName());
			environment.put(TriggerEnvironment.SEND_LIMIT_KEY, props.smsLimits().keyReference());
		}
		return environment;
	}

	/**
	 * SMS to phone numbers only: Publish to a number has no resource ARN, so allow "*"
	 * and deny every topic.
	 */
	private void allowSmsFromCreateOnly(TriggerFunction create) {
		Policy policy = Policy.Builder.create(this, "CreateSendsSms")
			.statements(List.of(
					PolicyStatement.Builder.create()
						.sid("PublishSmsToPhoneNumbers")
						.effect(Effect.ALLOW)
						.actions(List.of("sns:Publish"))
						.resources(List.of("*"))
						.build(),
					PolicyStatement.Builder.create()
						.sid("NeverToTopics")
						.effect(Effect.DENY)
						.actions(List.of("sns:Publish"))
						.resources(List.of("arn:" + Stack.of(this).getPartition() + ":sns:*:*:*"))
						.build()))
			.roles(List.of(create.role()))
			.build();
		String reason = "sns:Publish to a phone number has no resource ARN to scope to; publishing to any topic is "
				+ "denied in the same policy, so this allows SMS only";
		NagAcknowledgments.acknowledge(policy, "IAM5[Resource::*]", reason);
		NagAcknowledgments.acknowledge(policy, "IAM5[Resource::arn:<AWS::Partition>:sns:*:*:*]",
				"The wildcard ARN is in a Deny statement: it forbids publishing to every topic");
		NagAcknowledgments.acknowledge(create, "IAM5[Resource::*]", reason);
	}

	/**
	 * A policy of its own, not the role's default policy, so that pool and function do
	 * not depend on each other.
	 */
	private void allowPhoneVerificationFromPostAuthenticationOnly(TriggerFunction postAuthentication,
			TriggersProps props) {
		Policy.Builder.create(this, "PostAuthenticationVerifiesPhone")
			.statements(List.of(PolicyStatement.Builder.create()
				.effect(Effect.ALLOW)
				.actions(List.of("cognito-idp:AdminUpdateUserAttributes"))
				.resources(List.of(props.userPool().getUserPoolArn()))
				.build()))
			.roles(List.of(postAuthentication.role()))
			.build();
	}

	TriggerFunction function(Trigger trigger) {
		return this.functions.get(trigger);
	}

}
