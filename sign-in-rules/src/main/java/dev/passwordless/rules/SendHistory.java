package dev.passwordless.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The codes sent to one number within the last {@link SendLimits#WINDOW}, as a
 * {@link SendLimitStore} keeps them.
 *
 * @param version bumped by every write; a write succeeds only over the version it read
 * @param sentAt when the codes were sent, oldest first, in milliseconds
 */
public record SendHistory(long version, List<Instant> sentAt) {

	public SendHistory {
		sentAt = List.copyOf(sentAt);
	}

	/** When the row can be deleted: an hour after the latest send. */
	public Instant expiresAt() {
		return this.sentAt.isEmpty() ? Instant.EPOCH : this.sentAt.getLast().plus(SendLimits.WINDOW);
	}

	/** The sends still inside the window that ends now. */
	SendHistory within(Instant now, Duration window) {
		Instant start = now.minus(window);
		List<Instant> recent = new ArrayList<>();
		for (Instant sent : this.sentAt) {
			if (sent.isAfter(start)) {
				recent.add(sent);
			}
		}
		return new SendHistory(this.version, recent);
	}

}
