package dev.passwordless.local.operation;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/**
 * ListUsers with the one-attribute filter ({@code status = "Enabled"} too), a limit of up
 * to 60 and pagination.
 */
final class ListUsersOperation implements Operation {

	private final UserPoolId pool;

	private final UserStore users;

	ListUsersOperation(UserPoolId pool, UserStore users) {
		this.pool = pool;
		this.users = users;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.check(request.required("UserPoolId", 55));
		UserFilter filter = UserFilter.parse(request.optional("Filter", 256));
		int pageSize = Pages.size(request);
		int offset = Pages.offset(request.optional("PaginationToken", 512));
		List<String> attributesToGet = request.strings("AttributesToGet");
		List<User> page = this.users.list(filter.attribute(), filter.value(), filter.prefix(), offset, pageSize + 1);
		ObjectNode response = Responses.empty();
		ArrayNode found = response.putArray("Users");
		page.stream().limit(pageSize).forEach((user) -> {
			ObjectNode node = Responses.user(user, "Attributes");
			if (!attributesToGet.isEmpty()) {
				((ArrayNode) node.get("Attributes"))
					.removeIf((item) -> !attributesToGet.contains(item.get("Name").asText()));
			}
			found.add(node);
		});
		if (page.size() > pageSize) {
			response.put("PaginationToken", Pages.token(offset + pageSize));
		}
		return response;
	}

}
