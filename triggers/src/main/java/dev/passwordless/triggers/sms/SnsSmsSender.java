package dev.passwordless.triggers.sms;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.triggers.snapstart.PrimingHttpClient;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Sends transactional SMS through SNS {@code Publish} to a phone number (never a topic).
 */
public final class SnsSmsSender implements SmsSender {

	private final SnsClient sns;

	private final Map<String, MessageAttributeValue> attributes;

	/**
	 * @param sns the client, built once per execution environment
	 * @param senderId the alphanumeric sender id, if any
	 * @param originationNumber the number to send from, if any
	 */
	public SnsSmsSender(SnsClient sns, Optional<String> senderId, Optional<String> originationNumber) {
		this.sns = sns;
		Map<String, MessageAttributeValue> attributes = new HashMap<>();
		attributes.put("AWS.SNS.SMS.SMSType", text("Transactional"));
		if (senderId.isPresent()) {
			attributes.put("AWS.SNS.SMS.SenderID", text(senderId.get()));
		}
		if (originationNumber.isPresent()) {
			attributes.put("AWS.MM.SMS.OriginationNumber", text(originationNumber.get()));
		}
		this.attributes = Map.copyOf(attributes);
	}

	@Override
	public void send(String phoneNumber, String text) {
		try {
			publish(phoneNumber, text, null);
		}
		catch (SdkException ex) {
			if (ex instanceof AbortedException) {
				// the SDK clears the interrupt that ended the call; whoever interrupted
				// (a host ending the invocation) must still see it
				Thread.currentThread().interrupt();
			}
			// the SDK's message may quote the request; only its type is kept for the log
			throw new SmsDeliveryException(new RuntimeException(ex.getClass().getSimpleName()));
		}
	}

	/**
	 * The same {@code Publish}, marshalled, signed and answered by
	 * {@link PrimingHttpClient} without being sent: for priming before a SnapStart
	 * snapshot. The client must use that HTTP client.
	 * @param phoneNumber an E.164 number (no SMS goes to it)
	 * @param text the message
	 */
	public void prime(String phoneNumber, String text) {
		publish(phoneNumber, text, PrimingHttpClient.marked());
	}

	/** Publishes, with an override configuration (the priming mark) or none (null). */
	private void publish(String phoneNumber, String text, AwsRequestOverrideConfiguration override) {
		this.sns.publish(PublishRequest.builder()
			.phoneNumber(phoneNumber)
			.message(text)
			.messageAttributes(this.attributes)
			.overrideConfiguration(override)
			.build());
	}

	private static MessageAttributeValue text(String value) {
		return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
	}

}
