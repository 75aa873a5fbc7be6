package dev.passwordless.triggers.sms;

import dev.passwordless.rules.Refusal;

/**
 * An SMS could not be sent, or the limits could not be checked. The message is the
 * {@link Refusal.Reason#SMS_FAILED} token; it never contains the code.
 */
public class SmsDeliveryException extends RuntimeException {

	public SmsDeliveryException(Throwable cause) {
		super(Refusal.of(Refusal.Reason.SMS_FAILED).toMessage(), cause);
	}

}
