package dev.passwordless.infra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.passwordless.triggers.DynamoDbSendLimitStore;
import dev.passwordless.triggers.TriggerEnvironment;
import dev.passwordless.triggers.TriggerLog;
import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.ClientAttributes;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardAttribute;
import software.amazon.awscdk.services.cognito.StandardAttributes;
import software.amazon.awscdk.services.cognito.StandardAttributesMask;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolOperation;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * The deployable unit: a phone-number user pool with custom authentication only, its app
 * client, the five triggers with least-privilege roles, and a WAF rate limit in front of
 * the pool.
 */
public class PasswordlessStack extends Stack {

	/**
	 * Output names; the web app's AWS-mode settings take these values (see the README).
	 */
	public static final String OUTPUT_REGION = "CognitoRegion";

	public static final String OUTPUT_USER_POOL_ID = "CognitoUserPoolId";

	public static final String OUTPUT_CLIENT_ID = "CognitoClientId";

	private static final String TRIGGERS = "dev.passwordless.triggers.";

	private final UserPool userPool;

	public PasswordlessStack(Construct scope, String id, StackProps props, StackSettings settings) {
		super(scope, id, props);
		Table sendLimits = createSendLimitsTable();
		Secret sendLimitKey = createSendLimitKey();
		Map<String, TriggerFunction> triggers = createTriggers(settings, sendLimits, sendLimitKey);
		this.userPool = createUserPool(settings, triggers);
		UserPoolClient client = createClient(settings);
		allowSmsFromCreateOnly(triggers.get("CreateAuthChallenge"));
		allowPhoneVerificationFromPostAuthenticationOnly(triggers.get("PostAuthentication"));
		createRateLimit(settings);
		createBudgetAlarm();
		CfnOutput.Builder.create(this, OUTPUT_REGION).value(getRegion()).description("cognito.region").build();
		CfnOutput.Builder.create(this, OUTPUT_USER_POOL_ID)
			.value(this.userPool.getUserPoolId())
			.description("cognito.user-pool-id")
			.build();
		CfnOutput.Builder.create(this, OUTPUT_CLIENT_ID)
			.value(client.getUserPoolClientId())
			.description("cognito.client-id")
			.build();
	}

	/**
	 * The SMS send limits: one row per number (a keyed hash) that lives an hour after its
	 * last code, and one counter per UTC day. On demand, because traffic is spiky and
	 * small. No point-in-time recovery: the rows expire within two days and restoring old
	 * counts would only bring back limits that have run out; it would cost more than the
	 * table. Gone with the stack, for the same reason.
	 */
	private Table createSendLimitsTable() {
		Table table = Table.Builder.create(this, "SendLimits")
			.partitionKey(Attribute.builder().name(DynamoDbSendLimitStore.KEY).type(AttributeType.STRING).build())
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.timeToLiveAttribute(DynamoDbSendLimitStore.TTL)
			.pointInTimeRecoverySpecification(
					PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(false).build())
			.removalPolicy(RemovalPolicy.DESTROY)
			.build();
		Validations.of(table)
			.acknowledge(acknowledgment("AwsSolutions::AwsSolutions-DDB3",
					"Rows expire within two days (TTL); restoring old send counts has no value, so point-in-time "
							+ "recovery is off"));
		return table;
	}

	/**
	 * The secret numbers are hashed with before they become table keys. Generated by
	 * Secrets Manager, so it is in no template; CloudFormation resolves it into the
	 * Create function's configuration at deploy time.
	 */
	private Secret createSendLimitKey() {
		Secret secret = Secret.Builder.create(this, "SendLimitKey")
			.description("Hashes phone numbers into the SMS send-limits table's keys")
			.generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
			.removalPolicy(RemovalPolicy.DESTROY)
			.build();
		Validations.of(secret)
			.acknowledge(acknowledgment("AwsSolutions::AwsSolutions-SMG4",
					"The key only pseudonymises numbers in rows that live an hour; the Create function reads it at "
							+ "deploy time, so it is rotated by redeploying with a new secret, which merely restarts "
							+ "the per-number counts"));
		return secret;
	}

	/**
	 * Fires when the Create trigger refuses a code because the daily budget is used up
	 * (its embedded-metric log line).
	 */
	private void createBudgetAlarm() {
		Alarm.Builder.create(this, "SmsBudgetExhausted")
			.alarmDescription("The daily SMS budget is used up: no sign-in codes are sent until 00:00 UTC")
			.metric(Metric.Builder.create()
				.namespace(TriggerLog.NAMESPACE)
				.metricName(TriggerLog.BUDGET_METRIC)
				.dimensionsMap(Map.of("UserPoolId", this.userPool.getUserPoolId()))
				.statistic("Sum")
				.period(Duration.minutes(5))
				.build())
			.threshold(1)
			.evaluationPeriods(1)
			.comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
			.treatMissingData(TreatMissingData.NOT_BREACHING)
			.build();
	}

	private Map<String, TriggerFunction> createTriggers(StackSettings settings, Table sendLimits, Secret sendLimitKey) {
		Map<String, String> environment = new HashMap<>();
		environment.put(TriggerEnvironment.ALLOWED_COUNTRIES, settings.allowedCountries());
		environment.put(TriggerEnvironment.CODE_LENGTH, Integer.toString(settings.codeLength()));
		environment.put(TriggerEnvironment.CODE_TTL_SECONDS, Integer.toString(settings.codeTtlSeconds()));
		putIfSet(environment, TriggerEnvironment.SMS_TEMPLATE, settings.smsTemplate());
		putIfSet(environment, TriggerEnvironment.SMS_SENDER_ID, settings.smsSenderId());
		putIfSet(environment, TriggerEnvironment.SMS_ORIGINATION_NUMBER, settings.smsOriginationNumber());
		putIfSet(environment, TriggerEnvironment.WEB_OTP_DOMAIN, settings.webOtpDomain());
		environment.put(TriggerEnvironment.SEND_COOLDOWN_SECONDS, Integer.toString(settings.sendCooldownSeconds()));
		environment.put(TriggerEnvironment.SENDS_PER_HOUR, Integer.toString(settings.sendsPerHour()));
		environment.put(TriggerEnvironment.DAILY_SMS_BUDGET, Integer.toString(settings.dailySmsBudget()));
		putIfSet(environment, TriggerEnvironment.TEST_NUMBERS, settings.testNumbers());
		putIfSet(environment, TriggerEnvironment.TEST_CODE, settings.testCode());
		// a setting the triggers would refuse (say, a test number outside the fiction
		// ranges) fails the synth, not the first sign-in
		TriggerEnvironment.check(environment);
		Map<String, String> create = new HashMap<>(environment);
		create.put(TriggerEnvironment.SEND_LIMITS_TABLE, sendLimits.getTableName());
		create.put(TriggerEnvironment.SEND_LIMIT_KEY, sendLimitKey.getSecretValue().unsafeUnwrap());
		Map<String, TriggerFunction> triggers = new HashMap<>();
		for (String trigger : List.of("PreSignUp", "DefineAuthChallenge", "CreateAuthChallenge", "VerifyAuthChallenge",
				"PostAuthentication")) {
			triggers.put(trigger, new TriggerFunction(this, trigger, TRIGGERS + trigger + "Handler",
					trigger.equals("CreateAuthChallenge") ? create : environment, settings));
		}
		// the limits: read and conditionally write rows of this table, nothing else
		sendLimits.grant(triggers.get("CreateAuthChallenge").role(), "dynamodb:GetItem", "dynamodb:PutItem",
				"dynamodb:UpdateItem");
		return triggers;
	}

	private UserPool createUserPool(StackSettings settings, Map<String, TriggerFunction> triggers) {
		UserPool pool = UserPool.Builder.create(this, "UserPool")
			.signInAliases(SignInAliases.builder().phone(true).build())
			.selfSignUpEnabled(true)
			.mfa(Mfa.OFF)
			.accountRecovery(AccountRecovery.NONE)
			// we send codes ourselves through SNS: no Cognito verification messages and
			// no SMS role
			.autoVerify(AutoVerifiedAttrs.builder().phone(false).email(false).build())
			.enableSmsRole(false)
			.standardAttributes(StandardAttributes.builder()
				.fullname(StandardAttribute.builder().required(true).mutable(true).build())
				.phoneNumber(StandardAttribute.builder().required(true).mutable(true).build())
				.build())
			// SignUp needs a password even here; the app sends a long random one that
			// nobody ever sees
			.passwordPolicy(PasswordPolicy.builder()
				.minLength(16)
				.requireUppercase(true)
				.requireLowercase(true)
				.requireDigits(true)
				.requireSymbols(true)
				.tempPasswordValidity(Duration.days(1))
				.build())
			.deletionProtection(settings.deletionProtection())
			.removalPolicy(settings.removalPolicy())
			.build();
		pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, triggers.get("PreSignUp").alias());
		pool.addTrigger(UserPoolOperation.DEFINE_AUTH_CHALLENGE, triggers.get("DefineAuthChallenge").alias());
		pool.addTrigger(UserPoolOperation.CREATE_AUTH_CHALLENGE, triggers.get("CreateAuthChallenge").alias());
		pool.addTrigger(UserPoolOperation.VERIFY_AUTH_CHALLENGE_RESPONSE, triggers.get("VerifyAuthChallenge").alias());
		pool.addTrigger(UserPoolOperation.POST_AUTHENTICATION, triggers.get("PostAuthentication").alias());
		Validations.of(pool)
			.acknowledge(acknowledgment("AwsSolutions::AwsSolutions-COG2",
					"MFA is off by design: the SMS one-time code is the single factor of this passwordless sign-in"),
					acknowledgment("AwsSolutions::AwsSolutions-COG3",
							"Threat protection needs the Plus feature plan (a per-user monthly cost); SMS abuse is "
									+ "limited by the WAF rate rule and by the triggers instead"),
					acknowledgment("AwsSolutions::AwsSolutions-COG8",
							"The Plus feature plan costs per monthly active user and adds nothing this sign-in uses; "
									+ "abuse is limited by the WAF rate rule and by the triggers"));
		return pool;
	}

	private UserPoolClient createClient(StackSettings settings) {
		StandardAttributesMask readable = StandardAttributesMask.builder()
			.fullname(true)
			.phoneNumber(true)
			.phoneNumberVerified(true)
			.build();
		StandardAttributesMask writable = StandardAttributesMask.builder().fullname(true).phoneNumber(true).build();
		return this.userPool.addClient("WebClient",
				software.amazon.awscdk.services.cognito.UserPoolClientOptions.builder()
					.generateSecret(false)
					.disableOAuth(true)
					.authFlows(AuthFlow.builder().custom(true).build())
					.preventUserExistenceErrors(true)
					.enableTokenRevocation(true)
					.authSessionValidity(Duration.minutes(settings.authSessionValidity().toMinutes()))
					.accessTokenValidity(Duration.minutes(settings.accessTokenValidity().toMinutes()))
					.idTokenValidity(Duration.minutes(settings.idTokenValidity().toMinutes()))
					.refreshTokenValidity(Duration.days(settings.refreshTokenValidity().toDays()))
					.readAttributes(new ClientAttributes().withStandardAttributes(readable))
					.writeAttributes(new ClientAttributes().withStandardAttributes(writable))
					.build());
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
						.resources(List.of("arn:" + getPartition() + ":sns:*:*:*"))
						.build()))
			.roles(List.of(create.role()))
			.build();
		String reason = "sns:Publish to a phone number has no resource ARN to scope to; publishing to any topic is "
				+ "denied in the same policy, so this allows SMS only";
		Validations.of(policy)
			.acknowledge(acknowledgment("AwsSolutions::AwsSolutions-IAM5[Resource::*]", reason),
					acknowledgment("AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sns:*:*:*]",
							"The wildcard ARN is in a Deny statement: it forbids publishing to every topic"));
		Validations.of(create).acknowledge(acknowledgment("AwsSolutions::AwsSolutions-IAM5[Resource::*]", reason));
	}

	/**
	 * A policy of its own, not the role's default policy, so that pool and function do
	 * not depend on each other.
	 */
	private void allowPhoneVerificationFromPostAuthenticationOnly(TriggerFunction postAuthentication) {
		Policy.Builder.create(this, "PostAuthenticationVerifiesPhone")
			.statements(List.of(PolicyStatement.Builder.create()
				.effect(Effect.ALLOW)
				.actions(List.of("cognito-idp:AdminUpdateUserAttributes"))
				.resources(List.of(this.userPool.getUserPoolArn()))
				.build()))
			.roles(List.of(postAuthentication.role()))
			.build();
	}

	private void createRateLimit(StackSettings settings) {
		CfnWebACL acl = CfnWebACL.Builder.create(this, "RateLimit")
			.scope("REGIONAL")
			.defaultAction(CfnWebACL.DefaultActionProperty.builder()
				.allow(CfnWebACL.AllowActionProperty.builder().build())
				.build())
			.visibilityConfig(visibility("PasswordlessUserPool"))
			.rules(List.of(CfnWebACL.RuleProperty.builder()
				.name("PerIpRateLimit")
				.priority(0)
				.action(CfnWebACL.RuleActionProperty.builder()
					.block(CfnWebACL.BlockActionProperty.builder().build())
					.build())
				.statement(CfnWebACL.StatementProperty.builder()
					.rateBasedStatement(CfnWebACL.RateBasedStatementProperty.builder()
						.aggregateKeyType("IP")
						.limit(settings.wafRequestsPerFiveMinutes())
						.evaluationWindowSec(300)
						.build())
					.build())
				.visibilityConfig(visibility("PerIpRateLimit"))
				.build()))
			.build();
		CfnWebACLAssociation.Builder.create(this, "RateLimitOnUserPool")
			.resourceArn(this.userPool.getUserPoolArn())
			.webAclArn(acl.getAttrArn())
			.build();
	}

	private static CfnWebACL.VisibilityConfigProperty visibility(String metric) {
		return CfnWebACL.VisibilityConfigProperty.builder()
			.cloudWatchMetricsEnabled(true)
			.metricName(metric)
			.sampledRequestsEnabled(true)
			.build();
	}

	private static Acknowledgment acknowledgment(String id, String reason) {
		return Acknowledgment.builder().id(id).reason(reason).build();
	}

	private static void putIfSet(Map<String, String> environment, String name, String value) {
		if (value != null && !value.isBlank()) {
			environment.put(name, value);
		}
	}

}
