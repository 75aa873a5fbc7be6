package dev.passwordless.local.http;

import java.util.Map;

/**
 * A service on the AWS query protocol: form-encoded {@code POST /} requests, answered in
 * the service's own XML (SNS here).
 */
public interface QueryProtocol {

	/**
	 * @param authorization the request's {@code Authorization} header; null when absent
	 * @param form the decoded form body
	 * @return the service's answer
	 */
	Response answer(String authorization, Map<String, String> form);

	/**
	 * The service's answer to a request refused before it was read (a 403).
	 * @param message why it was refused
	 */
	Response forbidden(String message);

}
