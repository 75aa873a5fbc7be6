package dev.passwordless.local.sns;

import java.time.Instant;

/** Where published SMS go (the pool's outbox). */
@FunctionalInterface
public interface SmsSink {

	/**
	 * Takes one SMS.
	 * @return the message id SNS answers with
	 */
	String accept(String phoneNumber, String message, Instant sentAt);

}
