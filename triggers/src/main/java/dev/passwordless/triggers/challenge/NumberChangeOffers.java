package dev.passwordless.triggers.challenge;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import javax.crypto.SecretKey;

import dev.passwordless.triggers.settings.Secrets;
import dev.passwordless.triggers.sms.SmsDeliveryException;

/**
 * The number change Pre authentication hands to Create's first round (decision 005), by
 * pool and user name, under a keyed hash of both: {@code c#} and an HMAC with the
 * {@code SEND_LIMIT_KEY}, never a name.
 *
 * @see PendingNumberChanges
 */
public final class NumberChangeOffers {

	/**
	 * What every offer's key starts with (the stack lets Pre authentication write only
	 * these).
	 */
	public static final String KEY_PREFIX = "c#";

	private final Supplier<PendingNumberChanges> store;

	private final SecretKey key;

	private final Clock clock;

	/**
	 * @param store where the offers are kept, asked at each use (on Lambda its client is
	 * made at the first change: an ordinary sign-in needs none)
	 * @param key the {@code SEND_LIMIT_KEY}
	 * @param clock the time offers lapse by
	 */
	public NumberChangeOffers(Supplier<PendingNumberChanges> store, SecretKey key, Clock clock) {
		this.store = store;
		this.key = key;
		this.clock = clock;
	}

	/**
	 * Offers the new number to the user's next first round, for
	 * {@link PendingNumberChanges#LIFETIME}.
	 */
	public void offer(String userPoolId, String userName, NumberChange change) {
		this.store.get()
			.offer(keyFor(userPoolId, userName), change.newPhoneNumber(),
					this.clock.instant().plus(PendingNumberChanges.LIFETIME));
	}

	/**
	 * The change offered to this user's first round, if one stands: read by every first
	 * round, for every number alike (an unknown number's too: the same store request).
	 * @throws SmsDeliveryException when the store cannot be reached (no SMS without it)
	 */
	public Optional<NumberChange> find(String userPoolId, String userName) {
		try {
			return this.store.get().find(keyFor(userPoolId, userName), this.clock.instant()).map(NumberChange::new);
		}
		catch (RuntimeException ex) {
			throw new SmsDeliveryException(new RuntimeException("number changes: " + ex.getClass().getSimpleName()));
		}
	}

	private String keyFor(String userPoolId, String userName) {
		return Secrets.keyedHash(this.key, KEY_PREFIX, "change\0" + userPoolId + "\0" + userName);
	}

}
