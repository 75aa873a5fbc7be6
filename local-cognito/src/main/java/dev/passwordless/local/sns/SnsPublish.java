package dev.passwordless.local.sns;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.passwordless.local.http.Response;

/**
 * SNS's {@code Publish} action in the AWS query protocol, to phone numbers only: each
 * message goes to the sink (the outbox). Answers are SNS's XML.
 */
public final class SnsPublish {

	/** SNS's own E.164 check of {@code PhoneNumber}. */
	private static final Pattern E164 = Pattern.compile("\\+[0-9]{4,15}");

	private final SmsSink sink;

	private final Clock clock;

	public SnsPublish(SmsSink sink, Clock clock) {
		this.sink = sink;
		this.clock = clock;
	}

	/**
	 * @param form the decoded form body of the request
	 * @return SNS's answer
	 */
	public Response handle(Map<String, String> form) {
		if (!"Publish".equals(form.get("Action"))) {
			return error("InvalidAction", "The action " + form.get("Action") + " is not valid for this endpoint.");
		}
		String phone = form.get("PhoneNumber");
		String message = form.get("Message");
		if (phone == null) {
			return error("InvalidParameter", "Invalid parameter: the local SMS outbox publishes to phone numbers only");
		}
		if (!E164.matcher(phone).matches()) {
			return error("InvalidParameter", "Invalid parameter: PhoneNumber Reason: " + phone.length()
					+ "-character value is not a valid E.164 number");
		}
		if (message == null || message.isEmpty()) {
			return error("InvalidParameter", "Invalid parameter: Empty message");
		}
		if (message.length() > 1600) {
			return error("InvalidParameter", "Invalid parameter: Message too long");
		}
		String messageId = this.sink.accept(phone, message, this.clock.instant());
		return xml(200,
				"<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>" + "<MessageId>"
						+ messageId + "</MessageId></PublishResult><ResponseMetadata><RequestId>" + UUID.randomUUID()
						+ "</RequestId></ResponseMetadata></PublishResponse>");
	}

	private static Response error(String code, String message) {
		return xml(400,
				"<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error>"
						+ "<Type>Sender</Type><Code>" + code + "</Code><Message>" + escape(message)
						+ "</Message></Error>" + "<RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>");
	}

	private static Response xml(int status, String body) {
		return new Response(status, "text/xml", body);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
