package dev.passwordless.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The SNS {@code Publish} action in the AWS query protocol, to phone numbers only: each
 * message lands in the outbox. Answers are SNS's XML.
 */
final class SnsPublish {

	/** An XML answer and its status. */
	record Answer(int status, String xml) {
	}

	private final SmsOutbox outbox;

	private final java.time.Clock clock;

	SnsPublish(SmsOutbox outbox, java.time.Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	Answer handle(String body) {
		Map<String, String> form = form(body);
		if (!"Publish".equals(form.get("Action"))) {
			return error("InvalidAction", "The action " + form.get("Action") + " is not valid for this endpoint.");
		}
		String phone = form.get("PhoneNumber");
		String message = form.get("Message");
		if (phone == null) {
			return error("InvalidParameter", "Invalid parameter: the local SMS outbox publishes to phone numbers only");
		}
		if (!SignUpOperation.PHONE.matcher(phone).matches()) {
			return error("InvalidParameter", "Invalid parameter: PhoneNumber Reason: " + phone.length()
					+ "-character value is not a valid E.164 number");
		}
		if (message == null || message.isEmpty()) {
			return error("InvalidParameter", "Invalid parameter: Empty message");
		}
		if (message.length() > 1600) {
			return error("InvalidParameter", "Invalid parameter: Message too long");
		}
		SmsOutbox.Sms sms = this.outbox.add(phone, message, this.clock.instant());
		return new Answer(200,
				"<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>" + "<MessageId>"
						+ sms.messageId() + "</MessageId></PublishResult><ResponseMetadata><RequestId>"
						+ UUID.randomUUID() + "</RequestId></ResponseMetadata></PublishResponse>");
	}

	private static Answer error(String code, String message) {
		return new Answer(400,
				"<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error>"
						+ "<Type>Sender</Type><Code>" + code + "</Code><Message>" + escape(message)
						+ "</Message></Error>" + "<RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			try {
				String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals),
						StandardCharsets.UTF_8);
				String value = (equals < 0) ? ""
						: URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				form.put(name, value);
			}
			catch (IllegalArgumentException ex) {
				// a malformed escape: ignore the pair, the checks above report what is
				// missing
			}
		}
		return form;
	}

}
