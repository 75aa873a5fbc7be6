package dev.passwordless.local.http;

/**
 * An HTTP answer.
 *
 * @param status the status code
 * @param contentType the content type, ignored when there is no body
 * @param body the body; null for none
 */
public record Response(int status, String contentType, String body) {

	/** A 200 with a JSON body. */
	public static Response json(String body) {
		return new Response(200, "application/json", body);
	}

	/** A 204 without a body. */
	public static Response noContent() {
		return new Response(204, null, null);
	}

}
