package dev.passwordless.local.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of an AWS Signature Version 4 {@code Authorization} header, which SNS
 * requires of every request and Cognito of its IAM-authorized operations:
 * {@code AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, SignedHeaders=<a;b>, Signature=<64 hex>}.
 * The signature itself is not verified, since any credentials are accepted locally; the
 * header is what no HTML form and no script on another site can send.
 */
public final class SigV4Header {

	private static final String SCHEME = "AWS4-HMAC-SHA256 ";

	private static final Map<String, Pattern> PARAMETERS = new LinkedHashMap<>();

	static {
		PARAMETERS.put("Credential", Pattern.compile("[^/\\s]+/\\d{8}/[^/\\s]+/[^/\\s]+/aws4_request"));
		PARAMETERS.put("SignedHeaders", Pattern.compile("[a-z0-9-]+(;[a-z0-9-]+)*"));
		PARAMETERS.put("Signature", Pattern.compile("[0-9a-f]{64}"));
	}

	private SigV4Header() {
	}

	/**
	 * @param authorization the header's value
	 * @return what is wrong with its shape, in AWS's words where known; empty when it has
	 * the shape
	 */
	public static Optional<String> problem(String authorization) {
		String value = authorization.strip();
		if (!value.startsWith(SCHEME)) {
			// inferred wording
			return Optional.of("Authorization header must be " + SCHEME
					+ "Credential=..., SignedHeaders=..., Signature=... (AWS Signature Version 4)");
		}
		Map<String, String> given = new HashMap<>();
		for (String part : value.substring(SCHEME.length()).split(",")) {
			int equals = part.indexOf('=');
			if (equals > 0) {
				given.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
			}
		}
		List<String> problems = new ArrayList<>();
		PARAMETERS.forEach((name, shape) -> {
			if (!given.containsKey(name)) {
				problems.add("Authorization header requires '" + name + "' parameter.");
			}
			else if (!shape.matcher(given.get(name)).matches()) {
				// inferred wording
				problems.add("Authorization header's '" + name + "' parameter is malformed.");
			}
		});
		return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", problems));
	}

}
