package dev.passwordless.vaadin.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import dev.passwordless.rules.Refusal;
import dev.passwordless.rules.SendLimitStore;
import dev.passwordless.rules.SendLimits;
import dev.passwordless.rules.Waits;
import dev.passwordless.vaadin.i18n.RefusalWords;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.security.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The limits every instance shares, all in one {@link SendLimitStore} (the sign-in's
 * database by default): per number with the Create trigger's own rules
 * ({@link SendLimits}: cooldown and rolling hourly cap), per client
 * ({@link ClientNetwork}: an IPv4 address or an IPv6 /64) with the same compare-and-set
 * history (no cooldown, a rolling hour), per IPv6 /48 and per destination country with
 * counters per fixed hour, and code checks with counters per fixed ten-minute window.
 * Each decision is one conditional write in the store, so concurrent requests on any
 * instance are counted once. Numbers and addresses are keyed by an HMAC under the shared
 * key, never stored as such. A store that cannot be reached refuses: fail closed, no
 * limit skipped.
 */
class SharedSignInRateLimits implements SignInRateLimits {

	private static final Logger log = LoggerFactory.getLogger(SharedSignInRateLimits.class);

	static final String UNAVAILABLE = "passwordless.sign-in.unavailable";

	private static final Duration CHECK_WINDOW = Duration.ofMinutes(10);

	private static final Duration SEND_WINDOW = Duration.ofHours(1);

	private final LimitsProperties limits;

	private final SendLimitStore store;

	private final SendLimits phoneSends;

	private final SendLimits requesterSends;

	private final SendLimits unknownDeviceSends;

	private final SendLimits addressSends;

	private final MasterKey key;

	private final Clock clock;

	SharedSignInRateLimits(LimitsProperties limits, SendLimitStore store, MasterKey key, Clock clock) {
		this.limits = limits;
		this.store = store;
		this.phoneSends = new SendLimits(store, limits.phoneCooldown(), limits.phoneCeilingPerHour(), clock);
		this.requesterSends = new SendLimits(store, Duration.ZERO, limits.phoneSendsPerHour(), clock);
		this.unknownDeviceSends = new SendLimits(store, Duration.ZERO, limits.phoneUnknownDevicesPerHour(), clock);
		this.addressSends = new SendLimits(store, Duration.ZERO, limits.addressSendsPerHour(), clock);
		this.key = key;
		this.clock = clock;
	}

	@Override
	public void sendTo(String phoneNumber, String address, boolean knownDevice) {
		// a requester's own allowance first, then what all browsers that never signed in
		// as the number may have together, so strangers never use up the share kept for
		// the owner's own browsers
		if (!knownDevice) {
			available(() -> this.requesterSends.tryAcquire("nr#" + requester(phoneNumber, address)))
				.ifPresent(SharedSignInRateLimits::tooManyCodes);
			available(() -> this.unknownDeviceSends.tryAcquire("nu#" + hash(phoneNumber)))
				.ifPresent(SharedSignInRateLimits::tooManyCodes);
		}
		available(() -> this.phoneSends.tryAcquire("n#" + hash(phoneNumber)))
			.ifPresent(SharedSignInRateLimits::tooManyCodes);
		// counted once the number's own limits let the code go, and never for a known
		// browser: requests the per-number limits refuse cost the country nothing
		if (!knownDevice) {
			count("nc#" + PhoneNumberFormats.region(phoneNumber), this.limits.countrySendsPerHour(), SEND_WINDOW);
		}
	}

	@Override
	public void sendFrom(String address) {
		ClientNetwork client = ClientNetwork.of(address);
		if (client.network().isPresent()) {
			count("an#" + hash(client.network().get()), this.limits.networkSendsPerHour(), SEND_WINDOW);
		}
		available(() -> this.addressSends.tryAcquire("a#" + hash(client.client()))).ifPresent(this::tooManyAttempts);
	}

	@Override
	public void check(String phoneNumber, String address, boolean knownDevice) {
		// the address first: a requester past its own allowance spends nothing of the
		// number's
		count("ca#" + hash(ClientNetwork.of(address).client()), this.limits.addressChecksPerTenMinutes(), CHECK_WINDOW);
		if (!knownDevice) {
			count("cr#" + requester(phoneNumber, address), this.limits.phoneChecksPerTenMinutes(), CHECK_WINDOW);
			count("cu#" + hash(phoneNumber), this.limits.phoneChecksUnknownDevicesPerTenMinutes(), CHECK_WINDOW);
		}
		count("cn#" + hash(phoneNumber), this.limits.phoneChecksCeilingPerTenMinutes(), CHECK_WINDOW);
	}

	private void count(String key, int limit, Duration length) {
		long window = this.clock.millis() / length.toMillis();
		Instant ends = Instant.ofEpochMilli((window + 1) * length.toMillis());
		boolean counted = available(() -> this.store.increment(key + "#" + window, limit, ends));
		if (!counted) {
			tooManyAttempts(Duration.between(this.clock.instant(), ends));
		}
	}

	/** A number and who asks for it: the client as the per-address limits count it. */
	private String requester(String phoneNumber, String address) {
		return hash(phoneNumber + "|" + ClientNetwork.of(address).client());
	}

	private static void tooManyCodes(Duration wait) {
		throw RefusalWords.problem(Refusal.of(Refusal.Reason.TOO_MANY_CODES, wait));
	}

	private void tooManyAttempts(Duration wait) {
		long seconds = Math.max(1, Waits.roundedUpSeconds(wait));
		throw SignInProblem.waiting(SignInProblem.Kind.RATE_LIMITED, "passwordless.refused.too-many-attempts",
				Duration.ofSeconds(seconds));
	}

	private String hash(String value) {
		return this.key.hash("limits", value);
	}

	/** The store's answer; a store that fails refuses the request. */
	private static <T> T available(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RuntimeException ex) {
			log.warn("The sign-in's limits could not be read or written, so no code is sent: {}",
					ex.getClass().getSimpleName());
			throw new SignInProblem(SignInProblem.Kind.UNAVAILABLE, UNAVAILABLE);
		}
	}

}
