package dev.passwordless.local.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.GroupStore;
import dev.passwordless.local.store.User;

/** AdminAddUserToGroup: adds a user to a group (a member already stays one). */
final class AdminAddUserToGroupOperation implements Operation {

	private final PoolUsers users;

	private final GroupStore groups;

	AdminAddUserToGroupOperation(PoolUsers users, GroupStore groups) {
		this.users = users;
		this.groups = groups;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		User user = this.users.named(request);
		this.groups.addMember(user.username(), GroupName.existing(request, this.groups).name());
		return Responses.empty();
	}

}
