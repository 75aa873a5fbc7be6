package dev.passwordless.infra;

import java.util.List;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.services.wafv2.CfnIPSet;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * A regional WAF web ACL on the user pool with a per-address rate rule for everyone but
 * the web app: every sign-in reaches Cognito from the app's servers, so the rule leaves
 * their egress addresses out (they are neither counted nor blocked) and blocks any other
 * address over the limit in five minutes until its rate falls again. Without the app's
 * addresses (an explicit empty list) the rule only counts, and the synth warns.
 */
final class PoolRateLimit extends Construct {

	static final String RULE = "PerIpRateLimit";

	PoolRateLimit(Construct scope, String id, PoolRateLimitProps props) {
		super(scope, id);
		List<IpRange> appEgress = props.appEgressCidrs().stream().map(IpRange::parse).toList();
		CfnWebACL.RateBasedStatementProperty.Builder rate = CfnWebACL.RateBasedStatementProperty.builder()
			.aggregateKeyType("IP")
			.limit(props.requestsPerFiveMinutes())
			.evaluationWindowSec(300);
		if (appEgress.isEmpty()) {
			Annotations.of(this)
				.addWarningV2("@passwordless/infra:wafCountsOnly", RULE + " only counts: appEgressCidrs is none, "
						+ "so no caller of the user pool is rate limited (see infra-cdk/README.md, \"The WAF rule and the app's addresses\")");
		}
		else {
			rate.scopeDownStatement(CfnWebACL.StatementProperty.builder()
				.notStatement(CfnWebACL.NotStatementProperty.builder().statement(fromAny(appEgress)).build())
				.build());
		}
		// its id is Default, so it keeps the logical id it had as a child of the stack
		CfnWebACL acl = CfnWebACL.Builder.create(this, "Default")
			.scope("REGIONAL")
			.defaultAction(CfnWebACL.DefaultActionProperty.builder()
				.allow(CfnWebACL.AllowActionProperty.builder().build())
				.build())
			.visibilityConfig(visibility("PasswordlessUserPool"))
			.rules(List.of(CfnWebACL.RuleProperty.builder()
				.name(RULE)
				.priority(0)
				.action(appEgress.isEmpty() ? action().count(CfnWebACL.CountActionProperty.builder().build()).build()
						: action().block(CfnWebACL.BlockActionProperty.builder().build()).build())
				.statement(CfnWebACL.StatementProperty.builder().rateBasedStatement(rate.build()).build())
				.visibilityConfig(visibility(RULE))
				.build()))
			.build();
		CfnWebACLAssociation.Builder.create(this, "OnUserPool")
			.resourceArn(props.userPool().getUserPoolArn())
			.webAclArn(acl.getAttrArn())
			.build();
	}

	/** Matches a request from any of the blocks: one IP set per address family. */
	private CfnWebACL.StatementProperty fromAny(List<IpRange> ranges) {
		List<CfnWebACL.StatementProperty> sets = List.of(false, true)
			.stream()
			.filter((ipv6) -> ranges.stream().anyMatch((range) -> range.ipv6() == ipv6))
			.map((ipv6) -> ipSet(ipv6, ranges.stream().filter((range) -> range.ipv6() == ipv6).toList()))
			.toList();
		return (sets.size() == 1) ? sets.getFirst()
				: CfnWebACL.StatementProperty.builder()
					.orStatement(CfnWebACL.OrStatementProperty.builder().statements(sets).build())
					.build();
	}

	private CfnWebACL.StatementProperty ipSet(boolean ipv6, List<IpRange> ranges) {
		CfnIPSet set = CfnIPSet.Builder.create(this, ipv6 ? "AppEgressIpv6" : "AppEgressIpv4")
			.scope("REGIONAL")
			.ipAddressVersion(ipv6 ? "IPV6" : "IPV4")
			.addresses(ranges.stream().map(IpRange::cidr).toList())
			// WAF refuses an apostrophe (and most punctuation) in a description
			.description("The web app egress addresses, not counted by " + RULE)
			.build();
		return CfnWebACL.StatementProperty.builder()
			.ipSetReferenceStatement(CfnWebACL.IPSetReferenceStatementProperty.builder().arn(set.getAttrArn()).build())
			.build();
	}

	private static CfnWebACL.RuleActionProperty.Builder action() {
		return CfnWebACL.RuleActionProperty.builder();
	}

	private static CfnWebACL.VisibilityConfigProperty visibility(String metric) {
		return CfnWebACL.VisibilityConfigProperty.builder()
			.cloudWatchMetricsEnabled(true)
			.metricName(metric)
			.sampledRequestsEnabled(true)
			.build();
	}

}
