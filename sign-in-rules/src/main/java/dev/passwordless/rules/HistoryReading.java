package dev.passwordless.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One read of a number's history and what follows from it ({@link SendLimits}).
 *
 * @param stored the history as stored, the version a write must find
 * @param recent its sends within the window
 * @param now when it was read
 * @param retryAfter empty when a send is allowed now, otherwise how long until it is
 * @param count the budget's counter as read (0 when not read)
 * @param mark the counter's mark as read (0 when not read)
 */
record HistoryReading(Optional<SendHistory> stored, SendHistory recent, Instant now, Optional<Duration> retryAfter,
		long count, long mark) {

	/** The next version with this send added. */
	SendHistory withSend() {
		List<Instant> sent = new ArrayList<>(this.recent.sentAt());
		sent.add(this.now);
		return new SendHistory(this.stored.isPresent() ? this.stored.get().version() + 1 : 1, sent);
	}

	/** The next version with the same sends (a refusal's write-back). */
	SendHistory unchanged() {
		return new SendHistory(this.stored.orElseThrow().version() + 1, this.recent.sentAt());
	}

}
