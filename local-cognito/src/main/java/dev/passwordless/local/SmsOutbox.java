package dev.passwordless.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every SMS the triggers sent through the local SNS endpoint, newest last; bounded, in
 * memory.
 */
public final class SmsOutbox {

	/**
	 * One message.
	 *
	 * @param phoneNumber the destination (E.164)
	 * @param message the text
	 * @param messageId the id SNS answered with
	 * @param timestamp when it was sent
	 */
	public record Sms(String phoneNumber, String message, String messageId, Instant timestamp) {
	}

	private static final int CAPACITY = 10_000;

	private final List<Sms> messages = new ArrayList<>();

	private final boolean echo;

	SmsOutbox(boolean echo) {
		this.echo = echo;
	}

	synchronized Sms add(String phoneNumber, String message, Instant now) {
		Sms sms = new Sms(phoneNumber, message, UUID.randomUUID().toString(), now);
		this.messages.add(sms);
		if (this.messages.size() > CAPACITY) {
			this.messages.removeFirst();
		}
		notifyAll();
		if (this.echo) {
			// The local outbox stands in for the phone: showing the text (and its code)
			// is its purpose.
			System.out.println("[local-cognito SMS] to " + phoneNumber + ": " + message.replace("\n", " / "));
		}
		return sms;
	}

	/** All messages, oldest first, optionally only those to one number. */
	public synchronized List<Sms> messages(String phoneNumber) {
		return this.messages.stream()
			.filter((sms) -> phoneNumber == null || sms.phoneNumber().equals(phoneNumber))
			.toList();
	}

	/** The newest message to a number, if any. */
	public synchronized Optional<Sms> latest(String phoneNumber) {
		List<Sms> matching = messages(phoneNumber);
		return matching.isEmpty() ? Optional.empty() : Optional.of(matching.getLast());
	}

	/**
	 * Waits until a number has been sent this many messages (SNS may carry out a slow
	 * publish after the trigger that made it has been answered), or the time is up.
	 * @param phoneNumber the destination
	 * @param count how many messages to wait for
	 * @param timeout the longest wait
	 * @return the messages to the number, oldest first: {@code count} or more unless the
	 * time ran out
	 */
	public synchronized List<Sms> awaitMessages(String phoneNumber, int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (messages(phoneNumber).size() < count && System.nanoTime() < deadline) {
				wait(Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return messages(phoneNumber);
	}

	public synchronized void clear() {
		this.messages.clear();
	}

}
