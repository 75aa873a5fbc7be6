package dev.passwordless.local.operation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.passwordless.local.http.CognitoException;
import dev.passwordless.local.http.JsonRequest;

/**
 * How the list operations page: a {@code Limit} of 0-60 (0 or none = 60) and an opaque
 * token that is the offset of the next page.
 */
final class Pages {

	/** The most items Cognito answers in one page. */
	static final int MAX = 60;

	private Pages() {
	}

	/**
	 * @return the page size the request asks for, 1-60
	 * @throws CognitoException {@code InvalidParameterException} above 60 or below 0
	 */
	static int size(JsonRequest request) {
		Integer limit = request.optionalInt("Limit");
		if (limit != null && (limit < 0 || limit > MAX)) {
			throw CognitoException.invalidParameter("1 validation error detected: Value '" + limit
					+ "' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60");
		}
		return (limit == null || limit == 0) ? MAX : limit;
	}

	/**
	 * @param token the token a previous page answered; null for the first page
	 * @return how many items to skip
	 */
	static int offset(String token) {
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

	/** The token of the page that starts at {@code offset}. */
	static String token(int offset) {
		return Base64.getUrlEncoder().encodeToString(Integer.toString(offset).getBytes(StandardCharsets.UTF_8));
	}

}
