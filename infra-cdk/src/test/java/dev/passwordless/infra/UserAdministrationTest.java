package dev.passwordless.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static dev.passwordless.infra.TestStacks.logicalId;
import static dev.passwordless.infra.TestStacks.map;
import static dev.passwordless.infra.TestStacks.properties;
import static org.assertj.core.api.Assertions.assertThat;

/** The group of administrators and the policy the app's role attaches to serve them. */
class UserAdministrationTest {

	private static final Template template = TestStacks.defaults();

	@Test
	void adminGroupWhenDefaultsThenAGroupNamedAdminsWithADescriptionInThisPool() {
		template.resourceCountIs("AWS::Cognito::UserPoolGroup", 1);
		template.hasResourceProperties("AWS::Cognito::UserPoolGroup",
				Map.of("GroupName", "admins", "UserPoolId",
						Map.of("Ref", logicalId(template, "AWS::Cognito::UserPool")), "Description",
						Match.stringLikeRegexp("^Administrators: .+")));
	}

	@Test
	void adminGroupWhenSettingNamesAGroupThenThatGroup() {
		Template named = TestStacks.template("NamedAdminGroup", Map.of("adminGroup", "portal-admins"));
		named.hasResourceProperties("AWS::Cognito::UserPoolGroup", Map.of("GroupName", "portal-admins"));
	}

	@Test
	void policyWhenSynthesizedThenAllowsExactlyTheAdministrationViewsActionsOnThisPoolOnly() {
		Map<String, Object> policy = properties(template, policyId());
		assertThat(map(policy.get("PolicyDocument")).get("Statement")).isEqualTo(List
			.of(Map.of("Action", List.of("cognito-idp:AdminCreateUser", "cognito-idp:AdminSetUserPassword",
					"cognito-idp:AdminDisableUser", "cognito-idp:AdminEnableUser", "cognito-idp:AdminAddUserToGroup",
					"cognito-idp:AdminRemoveUserFromGroup", "cognito-idp:AdminListGroupsForUser",
					"cognito-idp:AdminUserGlobalSignOut", "cognito-idp:AdminDeleteUser", "cognito-idp:ListUsers",
					"cognito-idp:ListUsersInGroup", "cognito-idp:ListGroups"), "Effect", "Allow", "Resource",
					Map.of("Fn::GetAtt", List.of(logicalId(template, "AWS::Cognito::UserPool"), "Arn")))));
		assertThat(String.valueOf(policy.get("PolicyDocument"))).doesNotContain("*");
	}

	@Test
	void policyWhenSynthesizedThenAttachedToNoOneSoTheOperatorAttachesItToTheAppsRole() {
		assertThat(properties(template, policyId())).doesNotContainKeys("Roles", "Users", "Groups")
			.containsKey("Description");
	}

	@Test
	void outputWhenSynthesizedThenGivesThePolicysArnForTheAppsRole() {
		template.hasOutput(PasswordlessStack.OUTPUT_ADMIN_POLICY_ARN, Map.of("Value", Map.of("Ref", policyId()),
				"Description", Match.stringLikeRegexp("^attach to the web app's role")));
	}

	@Test
	void stackWhenSynthesizedThenTheAppIsGrantedCognitoAdminActionsInThisPolicyOnly() {
		List<String> granting = template.findResources("AWS::IAM::ManagedPolicy")
			.entrySet()
			.stream()
			.filter((resource) -> String.valueOf(resource.getValue()).contains("cognito-idp:"))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(granting).containsExactly(policyId());
	}

	private static String policyId() {
		return template.findResources("AWS::IAM::ManagedPolicy")
			.keySet()
			.stream()
			.filter((id) -> id.startsWith("AdministrationPolicy"))
			.findFirst()
			.orElseThrow();
	}

}
