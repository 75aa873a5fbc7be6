package dev.passwordless.local;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * ListUsers with the one-attribute filter ({@code phone_number = "+1…"} or
 * {@code name ^= "Ad"}), a limit of up to 60 and pagination.
 */
final class ListUsersOperation implements Operation {

	private static final Pattern FILTER = Pattern.compile("\\s*([\\w:]+)\\s*(\\^?=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

	private static final Set<String> SEARCHABLE = Set.of("username", "phone_number", "name", "sub",
			"cognito:user_status", "status", "email", "given_name", "family_name", "preferred_username");

	private final Pool pool;

	ListUsersOperation(Pool pool) {
		this.pool = pool;
	}

	@Override
	public ObjectNode handle(JsonRequest request) {
		this.pool.checkPool(request.required("UserPoolId", 55));
		String filter = request.optional("Filter", 256);
		Integer limit = request.optionalInt("Limit");
		String token = request.optional("PaginationToken", 512);
		List<String> attributesToGet = request.strings("AttributesToGet");
		if (limit != null && (limit < 0 || limit > 60)) {
			throw CognitoException.invalidParameter("1 validation error detected: Value '" + limit
					+ "' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60");
		}
		int pageSize = (limit == null || limit == 0) ? 60 : limit;
		int offset = offset(token);
		String attribute = null;
		String value = null;
		boolean prefix = false;
		if (filter != null && !filter.isBlank()) {
			Matcher matcher = FILTER.matcher(filter);
			if (!matcher.matches()) {
				throw CognitoException.invalidParameter("Error while parsing filter.");
			}
			attribute = matcher.group(1);
			if (!SEARCHABLE.contains(attribute)) {
				throw CognitoException.invalidParameter("Invalid search attribute: " + attribute);
			}
			prefix = matcher.group(2).equals("^=");
			value = matcher.group(3).replaceAll("\\\\(.)", "$1");
		}
		List<User> page = this.pool.store.list(attribute, value, prefix, offset, pageSize + 1);
		ObjectNode response = this.pool.object();
		ArrayNode users = response.putArray("Users");
		page.stream().limit(pageSize).forEach((user) -> {
			ObjectNode node = UserViews.user(this.pool, user, "Attributes");
			if (!attributesToGet.isEmpty()) {
				((ArrayNode) node.get("Attributes"))
					.removeIf((item) -> !attributesToGet.contains(item.get("Name").asText()));
			}
			users.add(node);
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
