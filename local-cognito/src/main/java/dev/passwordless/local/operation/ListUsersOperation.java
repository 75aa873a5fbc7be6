package dev.passwordless.local.operation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.store.User;
import dev.passwordless.local.store.UserStore;

/** ListUsers with the one-attribute filter, a limit of up to 60 and pagination. */
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
		Integer limit = request.optionalInt("Limit");
		int offset = offset(request.optional("PaginationToken", 512));
		List<String> attributesToGet = request.strings("AttributesToGet");
		if (limit != null && (limit < 0 || limit > 60)) {
			throw CognitoException.invalidParameter("1 validation error detected: Value '" + limit
					+ "' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60");
		}
		int pageSize = (limit == null || limit == 0) ? 60 : limit;
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
			response.put("PaginationToken", Base64.getUrlEncoder()
				.encodeToString(Integer.toString(offset + pageSize).getBytes(StandardCharsets.UTF_8)));
		}
		return response;
	}

	private static int offset(String token) {
		if (token == null) {
			return 0;
		}
		try {
			int offset = Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
			if (offset < 0) {
				throw new NumberFormatException();
			}
			return offset;
		}
		catch (IllegalArgumentException ex) {
			throw CognitoException.invalidParameter("Invalid pagination token.");
		}
	}

}
