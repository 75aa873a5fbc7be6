package dev.passwordless.infra;

import java.util.List;

import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * A regional WAF web ACL on the user pool with a per-address rate rule: a caller over the
 * limit in any five minutes is blocked until its rate falls again.
 */
final class PoolRateLimit extends Construct {

	PoolRateLimit(Construct scope, String id, PoolRateLimitProps props) {
		super(scope, id);
		// its id is Default, so it keeps the logical id it had as a child of the stack
		CfnWebACL acl = CfnWebACL.Builder.create(this, "Default")
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
						.limit(props.requestsPerFiveMinutes())
						.evaluationWindowSec(300)
						.build())
					.build())
				.visibilityConfig(visibility("PerIpRateLimit"))
				.build()))
			.build();
		CfnWebACLAssociation.Builder.create(this, "OnUserPool")
			.resourceArn(props.userPool().getUserPoolArn())
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

}
