package dev.passwordless.local.operation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.AuthSessions;
import dev.passwordless.local.auth.ChallengeLoop;
import dev.passwordless.local.auth.PasskeySignIn;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.auth.TriggerEvents;
import dev.passwordless.local.auth.TriggerHost;
import dev.passwordless.local.http.IamAuthorization;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.passkey.RegistrationChallenges;
import dev.passwordless.local.passkey.WebAuthnVerifier;
import dev.passwordless.local.sns.SmsSink;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.PasskeyStore;
import dev.passwordless.local.store.RefreshTokenStore;
import dev.passwordless.local.store.UserStore;

/**
 * The operations the pool supports, by their {@code X-Amz-Target} name: the one place
 * that knows which operation uses which service, and which take an IAM signature. Each
 * operation gets only those.
 */
public final class Operations {

	private Operations() {
	}

	/**
	 * Builds every operation.
	 * @param openSignUp whether anyone may sign up (false: AdminCreateUser only)
	 * @param invitations where AdminCreateUser's invitations go (the outbox)
	 * @param passkeys the users' passkeys, what registers them and what signs in with
	 * them
	 * @return operation name ({@code InitiateAuth}, ...) to operation
	 */
	public static Map<String, Operation> all(String userPoolId, AppClient client, UserStore users, GroupStore groups,
			RefreshTokenStore refreshTokens, Tokens tokens, AuthSessions sessions, ChallengeLoop loop,
			TriggerHost triggers, TriggerEvents events, Clock clock, boolean openSignUp, SmsSink invitations,
			Passkeys passkeys) {
		UserPoolId pool = new UserPoolId(userPoolId);
		PoolUsers poolUsers = new PoolUsers(pool, users);
		UserDeletion deletion = new UserDeletion(users, groups, refreshTokens, passkeys.store());
		SignInUsers signInUsers = new SignInUsers(client, users);
		PreSignUp preSignUp = new PreSignUp(triggers, events);
		Map<String, Operation> operations = new LinkedHashMap<>();
		// what anyone with the client id may call
		operations.put("SignUp", new SignUpOperation(client, users, preSignUp, clock, openSignUp));
		Operation initiateAuth = new InitiateAuthOperation(client, new CustomAuthFlow(signInUsers, loop),
				new UserAuthFlow(signInUsers, loop, passkeys.signIn()),
				new RefreshTokenFlow(client, refreshTokens, users, groups, tokens, clock));
		operations.put("InitiateAuth", (request) -> {
			// a fresh pool makes its token keys from a sign-in's first step on, while the
			// person reads the SMS, rather than as it starts (Tokens)
			tokens.prepareKeys();
			return initiateAuth.handle(request);
		});
		operations.put("RespondToAuthChallenge",
				new RespondToAuthChallengeOperation(client, sessions, loop, passkeys.signIn(), users, clock));
		operations.put("RevokeToken", new RevokeTokenOperation(client, refreshTokens));
		// what a signed-in user may call with an access token
		operations.put("GetUser", new GetUserOperation(tokens, users));
		operations.put("UpdateUserAttributes", new UpdateUserAttributesOperation(tokens, client, users, clock));
		operations.put("GlobalSignOut", new GlobalSignOutOperation(tokens, refreshTokens));
		operations.put("DeleteUser", new DeleteUserOperation(tokens, deletion));
		operations.put("StartWebAuthnRegistration", new StartWebAuthnRegistrationOperation(tokens, users,
				passkeys.store(), passkeys.challenges(), passkeys.verifier().policy()));
		operations.put("CompleteWebAuthnRegistration", new CompleteWebAuthnRegistrationOperation(tokens, users,
				passkeys.store(), passkeys.challenges(), passkeys.verifier(), clock));
		operations.put("ListWebAuthnCredentials",
				new ListWebAuthnCredentialsOperation(tokens, users, passkeys.store()));
		operations.put("DeleteWebAuthnCredential",
				new DeleteWebAuthnCredentialOperation(tokens, users, passkeys.store()));
		// admin operations: IAM-authorized on AWS, so they need a SigV4 Authorization
		// header here too (any credentials; the signature is not checked)
		Map<String, Operation> admin = new LinkedHashMap<>();
		admin.put("AdminCreateUser", new AdminCreateUserOperation(pool, users, preSignUp, invitations, clock));
		admin.put("AdminGetUser", new AdminGetUserOperation(poolUsers));
		admin.put("AdminSetUserPassword", new AdminSetUserPasswordOperation(poolUsers, users, clock));
		admin.put("AdminDisableUser", new AdminDisableUserOperation(poolUsers, users, refreshTokens, clock));
		admin.put("AdminEnableUser", new AdminEnableUserOperation(poolUsers, users, clock));
		admin.put("AdminDeleteUser", new AdminDeleteUserOperation(poolUsers, deletion));
		admin.put("AdminUpdateUserAttributes", new AdminUpdateUserAttributesOperation(poolUsers, users, clock));
		admin.put("AdminUserGlobalSignOut", new AdminUserGlobalSignOutOperation(poolUsers, refreshTokens));
		admin.put("ListUsers", new ListUsersOperation(pool, users));
		admin.put("CreateGroup", new CreateGroupOperation(pool, groups, clock));
		admin.put("ListGroups", new ListGroupsOperation(pool, groups));
		admin.put("ListUsersInGroup", new ListUsersInGroupOperation(pool, groups, users));
		admin.put("AdminAddUserToGroup", new AdminAddUserToGroupOperation(poolUsers, groups));
		admin.put("AdminRemoveUserFromGroup", new AdminRemoveUserFromGroupOperation(poolUsers, groups));
		admin.put("AdminListGroupsForUser", new AdminListGroupsForUserOperation(pool, poolUsers, groups));
		admin.forEach((name, operation) -> operations.put(name, IamAuthorization.required(operation)));
		return operations;
	}

	/**
	 * What the passkey operations share.
	 *
	 * @param store the users' passkeys
	 * @param challenges the pending registration challenges
	 * @param verifier checks registrations and assertions
	 * @param signIn the USER_AUTH sign-in with a passkey
	 */
	public record Passkeys(PasskeyStore store, RegistrationChallenges challenges, WebAuthnVerifier verifier,
			PasskeySignIn signIn) {
	}

}
