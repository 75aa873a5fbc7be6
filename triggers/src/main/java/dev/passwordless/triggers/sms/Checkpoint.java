package dev.passwordless.triggers.sms;

/**
 * What to do once while an SMS is sent (or its sending imitated): as soon as the send has
 * been under way for a given time, or when it ends, whichever comes first
 * ({@link SmsDelivery#send(String, String, java.time.Duration, Checkpoint)}). Create
 * keeps its step here, so that a retry of a slow send finds it
 * ({@link dev.passwordless.triggers.challenge.RetriedSteps}).
 */
@FunctionalInterface
public interface Checkpoint {

	/** Nothing to do. */
	Checkpoint NONE = (underWay) -> {
	};

	/**
	 * @param underWay true when the send is still under way (it is slow), false when it
	 * ended first
	 */
	void reached(boolean underWay);

}
