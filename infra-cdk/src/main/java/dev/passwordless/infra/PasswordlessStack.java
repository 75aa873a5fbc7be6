package dev.passwordless.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The deployable unit: a phone-number user pool with custom authentication only, its app
 * client, its administrators and what the app may do for them, the six triggers with
 * least-privilege roles, the SMS limits they keep, and a WAF rate limit in front of the
 * pool.
 */
public class PasswordlessStack extends Stack {

	/**
	 * Output names; the web app's AWS-mode settings take these values (see the README).
	 */
	public static final String OUTPUT_REGION = "CognitoRegion";

	public static final String OUTPUT_USER_POOL_ID = "CognitoUserPoolId";

	public static final String OUTPUT_CLIENT_ID = "CognitoClientId";

	/**
	 * The ARN of the Secrets Manager secret that holds the client secret (not the value).
	 */
	public static final String OUTPUT_CLIENT_SECRET_ARN = "CognitoClientSecretArn";

	/** The ARN of the managed policy that lets the app's role read the client secret. */
	public static final String OUTPUT_CLIENT_SECRET_READ_POLICY_ARN = "CognitoClientSecretReadPolicyArn";

	/**
	 * The ARN of the managed policy that lets the app's role administer the pool's users.
	 */
	public static final String OUTPUT_ADMIN_POLICY_ARN = "CognitoAdminPolicyArn";

	/** The ARN of the topic the SMS budget alarms tell. */
	public static final String OUTPUT_ALARM_TOPIC_ARN = "SmsBudgetAlarmTopicArn";

	/**
	 * @param scope the CDK app
	 * @param id the stack's name
	 * @param props account and region
	 * @param settings what the team set (CDK context)
	 */
	public PasswordlessStack(Construct scope, String id, StackProps props, StackSettings settings) {
		super(scope, id, props);
		PasswordlessUserPool pool = new PasswordlessUserPool(this, "UserPool", settings.userPool());
		SmsLimits smsLimits = new SmsLimits(this, "SendLimits", settings.smsLimits().userPool(pool.userPool()).build());
		new Triggers(this, "Triggers", settings.triggers().userPool(pool.userPool()).smsLimits(smsLimits).build());
		new PoolRateLimit(this, "RateLimit", settings.rateLimit().userPool(pool.userPool()).build());
		StoredClientSecret clientSecret = new StoredClientSecret(this, "ClientSecret",
				StoredClientSecretProps.builder().client(pool.client()).build());
		UserAdministration administration = new UserAdministration(this, "Administration",
				settings.userAdministration().userPool(pool.userPool()).build());
		output(OUTPUT_REGION, getRegion(), "passwordless.cognito.region");
		output(OUTPUT_USER_POOL_ID, pool.userPool().getUserPoolId(), "passwordless.cognito.user-pool-id");
		output(OUTPUT_CLIENT_ID, pool.client().getUserPoolClientId(), "passwordless.cognito.client-id");
		output(OUTPUT_CLIENT_SECRET_ARN, clientSecret.secretArn(),
				"passwordless.cognito.client-secret: the value of this Secrets Manager secret");
		output(OUTPUT_CLIENT_SECRET_READ_POLICY_ARN, clientSecret.readPolicyArn(),
				"attach to the web app's role to read the client secret");
		output(OUTPUT_ADMIN_POLICY_ARN, administration.policyArn(),
				"attach to the web app's role for its administration view (Cognito admin calls on this pool)");
		output(OUTPUT_ALARM_TOPIC_ARN, smsLimits.alarmTopicArn(),
				"told when half, 80 % and all of the daily SMS budget are used");
	}

	private void output(String name, String value, String description) {
		CfnOutput.Builder.create(this, name).value(value).description(description).build();
	}

}
