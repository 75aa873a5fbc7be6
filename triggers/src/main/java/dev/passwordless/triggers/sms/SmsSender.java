package dev.passwordless.triggers.sms;

/**
 * Delivers one SMS. {@link SnsSmsSender} publishes through SNS; tests bring their own.
 */
@FunctionalInterface
public interface SmsSender {

	/**
	 * Sends a text message.
	 * @param phoneNumber the E.164 destination
	 * @param text the message
	 * @throws SmsDeliveryException when the message could not be handed to the carrier
	 */
	void send(String phoneNumber, String text);

}
