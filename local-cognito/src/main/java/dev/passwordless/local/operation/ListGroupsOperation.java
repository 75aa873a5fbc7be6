package dev.passwordless.local.operation;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.Group;
import dev.passwordless.local.store.GroupStore;

/** ListGroups: the pool's groups by name, up to 60 a page, with {@code NextToken}. */
final class ListGroupsOperation implements Operation {

	private final UserPoolId pool;

	private final GroupStore groups;

	ListGroupsOperation(UserPoolId pool, GroupStore groups) {
		this.pool = pool;
		this.groups = groups;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		int pageSize = Pages.size(request);
		int offset = Pages.offset(request.optional("NextToken", 131_072));
		List<Group> page = this.groups.list(offset, pageSize + 1);
		ObjectNode response = Responses.empty();
		ArrayNode found = response.putArray("Groups");
		page.stream().limit(pageSize).forEach((group) -> found.add(Responses.group(group, this.pool.value())));
		if (page.size() > pageSize) {
			response.put("NextToken", Pages.token(offset + pageSize));
		}
		return response;
	}

}
