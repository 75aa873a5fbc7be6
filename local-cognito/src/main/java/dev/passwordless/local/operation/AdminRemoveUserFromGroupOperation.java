package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.User;

/** AdminRemoveUserFromGroup: removes a user from a group. */
final class AdminRemoveUserFromGroupOperation implements Operation {

	private final PoolUsers users;

	private final GroupStore groups;

	AdminRemoveUserFromGroupOperation(PoolUsers users, GroupStore groups) {
		this.users = users;
		this.groups = groups;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		User user = this.users.named(request);
		this.groups.removeMember(user.username(), GroupName.existing(request, this.groups).name());
		return Responses.empty();
	}

}
