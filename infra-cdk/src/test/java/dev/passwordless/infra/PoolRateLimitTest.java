package dev.passwordless.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static dev.passwordless.infra.TestStacks.logicalId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The WAF rule in front of the pool and the app's egress it leaves out. */
class PoolRateLimitTest {

	private static final Template template = TestStacks.defaults();

	@Test
	void edgeWhenSynthesizedThenAPerIpRateRuleProtectsTheUserPool() {
		template.hasResourceProperties("AWS::WAFv2::WebACL", Map.of("Scope", "REGIONAL", "Rules", List
			.of(Match.objectLike(Map.of("Action", Map.of("Block", Map.of()), "Statement", Map.of("RateBasedStatement",
					Match.objectLike(Map.of("AggregateKeyType", "IP", "Limit", 100, "EvaluationWindowSec", 300))))))));
		template.hasResourceProperties("AWS::WAFv2::WebACLAssociation", Map.of("ResourceArn",
				Map.of("Fn::GetAtt", List.of(logicalId(template, "AWS::Cognito::UserPool"), "Arn"))));
	}

	@Test
	void edgeWhenSynthesizedThenEachIpSetsDescriptionIsOneWafAccepts() {
		Template both = TestStacks.template("BothFamilies", Map.of("appEgressCidrs", "203.0.113.10/32,2001:db8::1"));
		assertThat(both.findResources("AWS::WAFv2::IPSet")).hasSize(2)
			.allSatisfy((id,
					resource) -> assertThat(
							TestStacks.map(TestStacks.map(resource).get("Properties")).get("Description"))
						.asString()
						.matches("^[a-zA-Z0-9=:#@/\\-,.][a-zA-Z0-9+=:#@/\\-,.\\s]+[a-zA-Z0-9+=:#@/\\-,.]{1,256}$"));
	}

	@Test
	void edgeWhenTheAppsEgressIsGivenThenTheRateRuleNeitherCountsNorBlocksIt() {
		template.hasResourceProperties("AWS::WAFv2::IPSet",
				Map.of("Scope", "REGIONAL", "IPAddressVersion", "IPV4", "Addresses", List.of("203.0.113.10/32")));
		String ipSet = template.findResources("AWS::WAFv2::IPSet").keySet().iterator().next();
		template.hasResourceProperties("AWS::WAFv2::WebACL",
				Map.of("Rules",
						List.of(Match.objectLike(Map.of("Statement",
								Map.of("RateBasedStatement", Match.objectLike(Map.of("ScopeDownStatement",
										Map.of("NotStatement", Map.of("Statement", Map.of("IPSetReferenceStatement",
												Map.of("Arn", Map.of("Fn::GetAtt", List.of(ipSet, "Arn"))))))))))))));
	}

	@Test
	void edgeWhenTheAppsEgressHasBothFamiliesThenOneIpSetEachAndNeitherIsCounted() {
		Template both = TestStacks.template("BothFamilies",
				Map.of("appEgressCidrs", "203.0.113.10, 198.51.100.0/28, 2001:db8:ab::/48"));
		both.hasResourceProperties("AWS::WAFv2::IPSet",
				Map.of("IPAddressVersion", "IPV4", "Addresses", List.of("203.0.113.10/32", "198.51.100.0/28")));
		both.hasResourceProperties("AWS::WAFv2::IPSet",
				Map.of("IPAddressVersion", "IPV6", "Addresses", List.of("2001:0db8:00ab:0000:0000:0000:0000:0000/48")));
		Capture sets = new Capture();
		both.hasResourceProperties("AWS::WAFv2::WebACL", Map.of("Rules", List.of(Match.objectLike(
				Map.of("Statement", Map.of("RateBasedStatement", Match.objectLike(Map.of("ScopeDownStatement", Map
					.of("NotStatement", Map.of("Statement", Map.of("OrStatement", Map.of("Statements", sets))))))))))));
		assertThat(sets.asArray()).hasSize(2).allSatisfy((set) -> assertThat(set.toString()).contains("AppEgressIpv"));
	}

	@Test
	void edgeWhenTheAppsEgressIsNoneThenTheRuleOnlyCountsAndTheSynthWarns() {
		PasswordlessStack stack = TestStacks.stack(new App(), "CountsOnly", Map.of("appEgressCidrs", "none"));
		Template countsOnly = Template.fromStack(stack);
		countsOnly.resourceCountIs("AWS::WAFv2::IPSet", 0);
		countsOnly.hasResourceProperties("AWS::WAFv2::WebACL", Map
			.of("Rules", List.of(Match.objectLike(Map.of("Action", Map.of("Count", Map.of()), "Statement",
					Map.of("RateBasedStatement", Match.objectLike(Map.of("ScopeDownStatement", Match.absent()))))))));
		Annotations.fromStack(stack)
			.hasWarning("/CountsOnly/RateLimit", Match.stringLikeRegexp("PerIpRateLimit only counts"));
	}

	@Test
	void edgeWhenTheAppsEgressIsNotSetThenTheSynthRefusesAndSaysWhatToSet() {
		assertThatThrownBy(() -> new PasswordlessStack(new App(), "NoEgress", StackProps.builder().build(),
				StackSettings.of(Map.of("allowedCountries", "US", "passkeyRelyingPartyId", "portal.example.com"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("appEgressCidrs is not set.")
			.hasMessageContaining("-c appEgressCidrs=none");
	}

	@Test
	void edgeWhenAnEgressAddressIsMalformedThenTheSynthRefusesNamingIt() {
		assertThatThrownBy(() -> TestStacks.stack(new App(), "BadEgress", Map.of("appEgressCidrs", "app.example.com")))
			.hasMessage("appEgressCidrs: 'app.example.com' is not an IP address or a block like 203.0.113.10/32");
	}

}
