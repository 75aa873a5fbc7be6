package dev.passwordless.infra;

import java.util.List;

import software.amazon.awscdk.services.cognito.UserPoolGroup;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * Who administers the pool's users, and what the web app may do for them: the group of
 * administrators, and a managed policy for the app's role that allows the Cognito admin
 * calls of the administration view and of the first administrator's bootstrap, on this
 * pool only. The only place the app is granted Cognito admin actions.
 */
final class UserAdministration extends Construct {

	/**
	 * What the administration view and the bootstrap call, and nothing else: invite
	 * (create, then a random password nobody sees so the account is confirmed), look up
	 * and list, disable and enable, the groups to choose from and group membership, sign
	 * out everywhere, delete.
	 */
	static final List<String> ACTIONS = List.of("cognito-idp:AdminCreateUser", "cognito-idp:AdminSetUserPassword",
			"cognito-idp:AdminDisableUser", "cognito-idp:AdminEnableUser", "cognito-idp:AdminAddUserToGroup",
			"cognito-idp:AdminRemoveUserFromGroup", "cognito-idp:AdminListGroupsForUser",
			"cognito-idp:AdminUserGlobalSignOut", "cognito-idp:AdminDeleteUser", "cognito-idp:ListUsers",
			"cognito-idp:ListUsersInGroup", "cognito-idp:ListGroups");

	private final ManagedPolicy policy;

	UserAdministration(Construct scope, String id, UserAdministrationProps props) {
		super(scope, id);
		UserPoolGroup.Builder.create(this, "AdminGroup")
			.userPool(props.userPool())
			.groupName(props.adminGroup())
			.description("Administrators: may use the web app's administration view to invite, disable, enable, "
					+ "sign out and delete users and to grant or take back this group")
			.build();
		this.policy = ManagedPolicy.Builder.create(this, "Policy")
			.description("Lets the web app administer this user pool's users (administration view, first "
					+ "administrator's bootstrap), and nothing else")
			.statements(List.of(PolicyStatement.Builder.create()
				.effect(Effect.ALLOW)
				.actions(ACTIONS)
				.resources(List.of(props.userPool().getUserPoolArn()))
				.build()))
			.build();
	}

	/** The ARN of the policy the app's role attaches. */
	String policyArn() {
		return this.policy.getManagedPolicyArn();
	}

}
