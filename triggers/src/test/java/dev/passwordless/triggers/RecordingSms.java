package dev.passwordless.triggers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.triggers.sms.SmsDeliveryException;
import dev.passwordless.triggers.sms.SmsSender;

/** An SMS sender that keeps the messages, or fails like an unreachable SNS. */
final class RecordingSms implements SmsSender {

	record Sms(String phoneNumber, String text) {
	}

	final List<Sms> sent = new ArrayList<>();

	boolean failing;

	@Override
	public void send(String phoneNumber, String text) {
		if (this.failing) {
			throw new SmsDeliveryException(new RuntimeException("SnsException"));
		}
		this.sent.add(new Sms(phoneNumber, text));
	}

	/** The code in the last message (the first run of 6 or more digits). */
	String lastCode() {
		Matcher matcher = Pattern.compile("\\d{6,10}").matcher(this.sent.getLast().text());
		if (!matcher.find()) {
			throw new AssertionError("no code in " + this.sent.getLast().text());
		}
		return matcher.group();
	}

}
