package dev.passwordless.vaadin.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.passwordless.vaadin.cognito.ThrowawayPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * The administration's Cognito calls: IAM-authorized admin operations on the portal's
 * pool, with the application's AWS credentials (on AWS its role with the stack's
 * {@code CognitoAdminPolicyArn}). Every refusal becomes an {@link AdminProblem}
 * ({@link AdminErrors}); Cognito's own message is logged, never shown, and a number is
 * never logged.
 */
public class CognitoAdministration {

	/** Users per page: Cognito's most for ListUsers. */
	public static final int PAGE_SIZE = 60;

	private static final Logger log = LoggerFactory.getLogger(CognitoAdministration.class);

	private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 ()./-]*");

	private final CognitoIdentityProviderClient cognito;

	private final String userPoolId;

	/**
	 * @param cognito a client with the application's AWS credentials
	 * @param userPoolId the portal's pool
	 */
	public CognitoAdministration(CognitoIdentityProviderClient cognito, String userPoolId) {
		this.cognito = cognito;
		this.userPoolId = userPoolId;
	}

	/** One page of users, and the token of the next one (null after the last). */
	public record Page(List<PortalUser> users, String next) {
	}

	/**
	 * A page of the people whose number or name starts with what was typed: Cognito's
	 * ListUsers with a prefix filter, {@value #PAGE_SIZE} at a time.
	 * @param search a number (digits, spaces, a leading +) or the start of a name; blank
	 * for everyone
	 * @param token the page's token from the page before, null for the first
	 */
	public Page users(String search, String token) {
		String filter = filter(search);
		ListUsersResponse response = AdminErrors
			.translated(() -> this.cognito.listUsers((request) -> request.userPoolId(this.userPoolId)
				.limit(PAGE_SIZE)
				.filter(filter)
				.paginationToken(token)));
		return new Page(response.users().stream().map(PortalUser::of).toList(), response.paginationToken());
	}

	/**
	 * ListUsers' filter for a search: a number searches {@code phone_number} by prefix
	 * (its digits after a +), anything else {@code name}.
	 */
	static String filter(String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		String typed = search.strip();
		if (NUMBER.matcher(typed).matches()) {
			return "phone_number ^= \"+" + typed.replaceAll("[^0-9]", "") + "\"";
		}
		return "name ^= \"" + typed.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** The person with this number, if the pool has one. */
	public Optional<PortalUser> byNumber(String phoneNumber) {
		ListUsersResponse response = AdminErrors
			.translated(() -> this.cognito.listUsers((request) -> request.userPoolId(this.userPoolId)
				.limit(1)
				.filter("phone_number = \"" + phoneNumber + "\"")));
		return response.users().stream().findFirst().map(PortalUser::of);
	}

	/**
	 * Invites a person: an account for their number (proved already as far as Cognito is
	 * concerned: their first SMS code proves it), no message from Cognito, a throwaway
	 * password so the account is confirmed and the code sign-in accepts it, and their
	 * groups. Whatever fails after the account was made removes it again.
	 * @param name the full name, already checked
	 * @param phoneNumber the E.164 number, already checked
	 * @param groups the groups to put them in
	 * @throws AdminProblem {@code NUMBER_TAKEN} when the number belongs to someone
	 */
	public PortalUser invite(String name, String phoneNumber, Collection<String> groups) {
		UserType created = AdminErrors.translated(
				() -> this.cognito
					.adminCreateUser((request) -> request.userPoolId(this.userPoolId)
						.username(phoneNumber)
						.messageAction(MessageActionType.SUPPRESS)
						.userAttributes(attribute("name", name), attribute("phone_number", phoneNumber),
								attribute("phone_number_verified", "true")))
					.user());
		try {
			AdminErrors
				.translated(() -> this.cognito.adminSetUserPassword((request) -> request.userPoolId(this.userPoolId)
					.username(created.username())
					.password(ThrowawayPassword.make())
					.permanent(true)));
			for (String group : groups) {
				addToGroup(created.username(), group);
			}
		}
		catch (AdminProblem problem) {
			try {
				delete(created.username());
			}
			catch (AdminProblem ignored) {
				log.warn("An invited account whose set-up failed could not be removed again: {}", created.username());
			}
			throw problem;
		}
		PortalUser invited = PortalUser.of(created);
		return new PortalUser(invited.username(), invited.name(), invited.phoneNumber(), invited.enabled(), "CONFIRMED",
				invited.created());
	}

	/** The pool's groups, by name. */
	public List<String> groups() {
		List<String> names = new ArrayList<>();
		String token = null;
		do {
			String page = token;
			var response = AdminErrors.translated(() -> this.cognito
				.listGroups((request) -> request.userPoolId(this.userPoolId).limit(60).nextToken(page)));
			response.groups().stream().map(GroupType::groupName).forEach(names::add);
			token = response.nextToken();
		}
		while (token != null);
		return names;
	}

	/** The groups a person is in. */
	public Set<String> groupsOf(String username) {
		Set<String> names = new TreeSet<>();
		String token = null;
		do {
			String page = token;
			var response = AdminErrors.translated(() -> this.cognito.adminListGroupsForUser(
					(request) -> request.userPoolId(this.userPoolId).username(username).limit(60).nextToken(page)));
			response.groups().stream().map(GroupType::groupName).forEach(names::add);
			token = response.nextToken();
		}
		while (token != null);
		return names;
	}

	/**
	 * Puts a person in exactly these groups: the missing ones added first, then the
	 * others taken away (a failure part-way leaves them in more groups, never in fewer).
	 * @return whether a group was taken away
	 */
	public boolean setGroups(String username, Set<String> wanted) {
		Set<String> current = groupsOf(username);
		for (String group : wanted) {
			if (!current.contains(group)) {
				addToGroup(username, group);
			}
		}
		boolean removed = false;
		for (String group : new LinkedHashSet<>(current)) {
			if (!wanted.contains(group)) {
				AdminErrors.translated(() -> this.cognito.adminRemoveUserFromGroup(
						(request) -> request.userPoolId(this.userPoolId).username(username).groupName(group)));
				removed = true;
			}
		}
		return removed;
	}

	/** Puts a person in a group (nothing happens when they are in it already). */
	public void addToGroup(String username, String group) {
		AdminErrors.translated(() -> this.cognito
			.adminAddUserToGroup((request) -> request.userPoolId(this.userPoolId).username(username).groupName(group)));
	}

	/** Makes a group unless the pool has it. */
	public void ensureGroup(String group, String description) {
		try {
			AdminErrors.translated(() -> this.cognito.createGroup(
					(request) -> request.userPoolId(this.userPoolId).groupName(group).description(description)));
		}
		catch (GroupExistsException ex) {
			// made by the stack, or by another instance a moment ago
		}
	}

	/** Whether anyone is in the group. */
	public boolean hasMembers(String group) {
		return !AdminErrors
			.translated(() -> this.cognito
				.listUsersInGroup((request) -> request.userPoolId(this.userPoolId).groupName(group).limit(1)))
			.users()
			.isEmpty();
	}

	/** A person may no longer sign in; Cognito revokes their tokens. */
	public void disable(String username) {
		AdminErrors.translated(() -> this.cognito
			.adminDisableUser((request) -> request.userPoolId(this.userPoolId).username(username)));
	}

	/** A disabled person may sign in again. */
	public void enable(String username) {
		AdminErrors.translated(() -> this.cognito
			.adminEnableUser((request) -> request.userPoolId(this.userPoolId).username(username)));
	}

	/** Every refresh token of the person is revoked at Cognito. */
	public void signOutEverywhere(String username) {
		AdminErrors.translated(() -> this.cognito
			.adminUserGlobalSignOut((request) -> request.userPoolId(this.userPoolId).username(username)));
	}

	/** The person's account is deleted. */
	public void delete(String username) {
		AdminErrors.translated(() -> this.cognito
			.adminDeleteUser((request) -> request.userPoolId(this.userPoolId).username(username)));
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

}
