package dev.passwordless.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The send-limits table, its key and the budget alarm. */
class SmsLimitsTest {

	private static final Template template = TestStacks.defaults();

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
	void sendLimitsWhenSynthesizedThenOnlyCreateReadsAndWritesItemsAndPreAuthenticationOnlyPutsOffers() {
		assertThat(tableActions("CreateAuthChallenge")).containsExactlyInAnyOrder("dynamodb:GetItem",
				"dynamodb:BatchGetItem", "dynamodb:PutItem", "dynamodb:UpdateItem");
		template.resourcePropertiesCountIs("AWS::IAM::Policy",
				Map.of("PolicyDocument", Map.of("Statement",
						Match.arrayWith(List.of(Match.objectLike(Map.of("Action", "dynamodb:PutItem", "Condition",
								Map.of("ForAllValues:StringLike", Map.of("dynamodb:LeadingKeys", List.of("c#*")))))))),
						"Roles", List.of(Map.of("Ref", Match.stringLikeRegexp(".*PreAuthentication.*")))),
				1);
		assertThat(template.findResources("AWS::IAM::Policy").values())
			.filteredOn((policy) -> String.valueOf(policy).contains("dynamodb:"))
			.hasSize(2);
		assertThat(template.toJSON().toString().replaceAll("\\s", "")).doesNotContain("dynamodb:*")
			.doesNotContain("dynamodb:Scan")
			.doesNotContain("dynamodb:DeleteItem");
	}

	/**
	 * The actions on the table in the policy of the trigger whose role's id starts so.
	 */
	private static List<Object> tableActions(String trigger) {
		Capture actions = new Capture();
		template.resourcePropertiesCountIs("AWS::IAM::Policy", Map.of("PolicyDocument",
				Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Action", actions, "Resource",
						Match.arrayWith(List
							.of(Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("SendLimits.*"), "Arn"))))))))),
				"Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("Triggers" + trigger + ".*")))), 1);
		try {
			return actions.asArray();
		}
		catch (RuntimeException ex) {
			// one action is written as a string
			return List.of(actions.asString());
		}
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

	@ParameterizedTest
	@ValueSource(strings = { "50", "80" })
	void budgetUsedAlarmWhenSynthesizedThenWatchesItsShareForThisPoolAndTellsTheBudgetTopic(String percent) {
		String topic = template.findResources("AWS::SNS::Topic").keySet().iterator().next();
		template.resourcePropertiesCountIs("AWS::CloudWatch::Alarm", Map.of("Namespace", "Passwordless", "MetricName",
				"SmsBudgetUsed", "Statistic", "Sum", "Threshold", 1, "ComparisonOperator",
				"GreaterThanOrEqualToThreshold", "TreatMissingData", "notBreaching", "Dimensions",
				Match.arrayWith(List.of(Map.of("Name", "Percent", "Value", percent),
						Map.of("Name", "UserPoolId", "Value", Map.of("Ref", Match.stringLikeRegexp("UserPool.*"))))),
				"AlarmActions", List.of(Map.of("Ref", topic))), 1);
	}

	@Test
	void budgetAlarmsWhenSynthesizedThenOneWhenUsedUpAndOneAtEachShare() {
		template.resourceCountIs("AWS::CloudWatch::Alarm", 3);
	}

	@Test
	void budgetAlarmWhenSynthesizedThenItsTopicTakesOnlyEncryptedConnections() {
		template.hasResourceProperties("AWS::SNS::TopicPolicy", Map
			.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(
					Map.of("Effect", "Deny", "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
	}

	@Test
	void budgetAlarmWhenAnEmailIsSetThenThatAddressIsSubscribedToItsTopic() {
		Template withEmail = TestStacks.template("WithEmail", Map.of("alarmEmail", "ops@example.com"));
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

}
