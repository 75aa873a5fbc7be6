package dev.passwordless.local.sns;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.passwordless.local.http.QueryProtocol;
import dev.passwordless.local.http.Response;
import dev.passwordless.local.http.SigV4Header;

/**
 * SNS's {@code Publish} action in the AWS query protocol, to phone numbers only: each
 * message goes to the sink (the outbox). Answers are SNS's XML. As SNS does, it refuses
 * with a 403 a request without an AWS Signature Version 4 {@code Authorization} header
 * ({@code MissingAuthenticationToken}) or with one not in its shape
 * ({@code IncompleteSignature}); the signature is not checked (any credentials do). The
 * SDKs always sign; an HTML form on another site cannot.
 */
public final class SnsPublish implements QueryProtocol {

	/** SNS's own E.164 check of {@code PhoneNumber}. */
	private static final Pattern E164 = Pattern.compile("\\+[0-9]{4,15}");

	private final SmsSink sink;

	private final Clock clock;

	public SnsPublish(SmsSink sink, Clock clock) {
		this.sink = sink;
		this.clock = clock;
	}

	@Override
	public Response answer(String authorization, Map<String, String> form) {
		if (authorization == null) {
			return error(403, "MissingAuthenticationToken", "Request is missing Authentication Token");
		}
		Optional<String> unsigned = SigV4Header.problem(authorization);
		if (unsigned.isPresent()) {
			return error(403, "IncompleteSignature", unsigned.get());
		}
		return publish(form);
	}

	@Override
	public Response forbidden(String message) {
		// inferred: SNS's code for a request it denies
		return error(403, "AuthorizationError", message);
	}

	private Response publish(Map<String, String> form) {
		if (!"Publish".equals(form.get("Action"))) {
			return error(400, "InvalidAction", "The action " + form.get("Action") + " is not valid for this endpoint.");
		}
		String phone = form.get("PhoneNumber");
		String message = form.get("Message");
		if (phone == null) {
			return error(400, "InvalidParameter",
					"Invalid parameter: the local SMS outbox publishes to phone numbers only");
		}
		if (!E164.matcher(phone).matches()) {
			return error(400, "InvalidParameter", "Invalid parameter: PhoneNumber Reason: " + phone.length()
					+ "-character value is not a valid E.164 number");
		}
		if (message == null || message.isEmpty()) {
			return error(400, "InvalidParameter", "Invalid parameter: Empty message");
		}
		if (message.length() > 1600) {
			return error(400, "InvalidParameter", "Invalid parameter: Message too long");
		}
		String messageId = this.sink.accept(phone, message, this.clock.instant());
		return xml(200,
				"<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>" + "<MessageId>"
						+ messageId + "</MessageId></PublishResult><ResponseMetadata><RequestId>" + UUID.randomUUID()
						+ "</RequestId></ResponseMetadata></PublishResponse>");
	}

	private static Response error(int status, String code, String message) {
		return error(status, "Sender", code, message);
	}

	/**
	 * An error in SNS's XML.
	 * @param status the HTTP status
	 * @param type whose fault it is: {@code Sender} (the client's) or {@code Receiver}
	 * (the service's)
	 * @param code the error code, e.g. {@code Throttling}
	 * @param message the text
	 * @return the answer
	 */
	public static Response error(int status, String type, String code, String message) {
		return xml(status,
				"<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error>" + "<Type>" + type
						+ "</Type><Code>" + code + "</Code><Message>" + escape(message) + "</Message></Error>"
						+ "<RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>");
	}

	private static Response xml(int status, String body) {
		return new Response(status, "text/xml", body);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
