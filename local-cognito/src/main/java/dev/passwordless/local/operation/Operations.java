package dev.passwordless.local.operation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.AuthSessions;
import dev.passwordless.local.auth.ChallengeLoop;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.auth.TriggerEvents;
import dev.passwordless.local.auth.TriggerHost;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.UserStore;

/**
 * The operations the pool supports, by their {@code X-Amz-Target} name: the one place
 * that knows which operation uses which service. Each operation gets only those.
 */
public final class Operations {

	private Operations() {
	}

	/**
	 * Builds every operation.
	 * @return operation name ({@code InitiateAuth}, ...) to operation
	 */
	public static Map<String, Operation> all(String userPoolId, AppClient client, UserStore users, GroupStore groups,
			RefreshTokenStore refreshTokens, Tokens tokens, AuthSessions sessions, ChallengeLoop loop,
			TriggerHost triggers, TriggerEvents events, Clock clock) {
		UserPoolId pool = new UserPoolId(userPoolId);
		PoolUsers poolUsers = new PoolUsers(pool, users);
		UserDeletion deletion = new UserDeletion(users, groups, refreshTokens);
		Map<String, Operation> operations = new LinkedHashMap<>();
		// what anyone with the client id may call
		operations.put("SignUp", new SignUpOperation(client, users, new PreSignUp(triggers, events), clock));
		operations.put("InitiateAuth", new InitiateAuthOperation(client, new CustomAuthFlow(client, users, loop),
				new RefreshTokenFlow(client, refreshTokens, users, groups, tokens, clock)));
		operations.put("RespondToAuthChallenge", new RespondToAuthChallengeOperation(client, sessions, loop));
		operations.put("RevokeToken", new RevokeTokenOperation(client, refreshTokens));
		// what a signed-in user may call with an access token
		operations.put("GetUser", new GetUserOperation(tokens, users));
		operations.put("GlobalSignOut", new GlobalSignOutOperation(tokens, refreshTokens));
		operations.put("DeleteUser", new DeleteUserOperation(tokens, deletion));
		// admin operations (IAM-signed on AWS; signatures are not checked here)
		operations.put("AdminGetUser", new AdminGetUserOperation(poolUsers));
		operations.put("AdminDeleteUser", new AdminDeleteUserOperation(poolUsers, deletion));
		operations.put("AdminUpdateUserAttributes", new AdminUpdateUserAttributesOperation(poolUsers, users, clock));
		operations.put("AdminUserGlobalSignOut", new AdminUserGlobalSignOutOperation(poolUsers, refreshTokens));
		operations.put("ListUsers", new ListUsersOperation(pool, users));
		operations.put("CreateGroup", new CreateGroupOperation(pool, groups, clock));
		operations.put("AdminAddUserToGroup", new AdminAddUserToGroupOperation(poolUsers, groups));
		operations.put("AdminRemoveUserFromGroup", new AdminRemoveUserFromGroupOperation(poolUsers, groups));
		operations.put("AdminListGroupsForUser", new AdminListGroupsForUserOperation(pool, poolUsers, groups));
		return operations;
	}

}
