package dev.passwordless.triggers;

/**
 * An SMS could not be sent. The message is what the user may see; it never contains the
 * code.
 */
public class SmsDeliveryException extends RuntimeException {

	static final String MESSAGE = "could not send the code, try again later";

	public SmsDeliveryException(Throwable cause) {
		super(MESSAGE, cause);
	}

}
