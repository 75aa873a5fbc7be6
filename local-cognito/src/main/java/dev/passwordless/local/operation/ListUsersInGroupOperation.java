package dev.passwordless.local.operation;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.Group;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.UserStore;

/**
 * ListUsersInGroup: a group's members in the order they joined the pool, up to 60 a page,
 * with {@code NextToken}.
 */
final class ListUsersInGroupOperation implements Operation {

	private final UserPoolId pool;

	private final GroupStore groups;

	private final UserStore users;

	ListUsersInGroupOperation(UserPoolId pool, GroupStore groups, UserStore users) {
		this.pool = pool;
		this.groups = groups;
		this.users = users;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		Group group = GroupName.existing(request, this.groups);
		int pageSize = Pages.size(request);
		int offset = Pages.offset(request.optional("NextToken", 131_072));
		List<String> names = this.groups.memberNames(group.name(), offset, pageSize + 1);
		ObjectNode response = Responses.empty();
		ArrayNode found = response.putArray("Users");
		this.users.findAll(names.subList(0, Math.min(pageSize, names.size())))
			.forEach((user) -> found.add(Responses.user(user, "Attributes")));
		if (names.size() > pageSize) {
			response.put("NextToken", Pages.token(offset + pageSize));
		}
		return response;
	}

}
