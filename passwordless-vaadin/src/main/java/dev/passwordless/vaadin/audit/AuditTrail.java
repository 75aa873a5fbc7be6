package dev.passwordless.vaadin.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes the sign-in's audit events, Spring Boot's way: an
 * {@link AuditApplicationEvent} that the {@code AuditListener} hands to the
 * {@code AuditEventRepository} ({@link JdbcAuditEventRepository} unless the application
 * has its own). Publishing never fails and never waits for a database: the repository
 * only queues the event.
 *
 * <p>
 * Each event's {@code principal} is the user's Cognito sub, or {@value #UNKNOWN} while
 * nobody is known (a code asked for a number); its type is an {@link AuditKind}'s name;
 * its data uses the keys below. A phone number is only ever kept masked
 * ({@code PhoneMask}, {@code +*******0123}), whatever a publisher passes.
 *
 * <p>
 * An administration view records what an administrator did with {@link #admin}, or
 * publishes an {@link AuditApplicationEvent} of its own with type
 * {@link AuditKind#ADMIN_ACTION}, principal the account's sub, and data {@link #ACTOR}
 * (the administrator's sub), {@link #MASKED_NUMBER}, {@link #ACTION}, {@link #OUTCOME},
 * {@link #CLIENT_ADDRESS} and {@link #USER_AGENT}.
 */
public final class AuditTrail {

	/**
	 * Data key: who did it: {@value #SELF}, an administrator's sub, or {@value #SYSTEM}.
	 */
	public static final String ACTOR = "actor";

	/** Data key: the number, masked. */
	public static final String MASKED_NUMBER = "maskedNumber";

	/** Data key: the client's address, as a trusted proxy reported it. */
	public static final String CLIENT_ADDRESS = "clientAddress";

	/** Data key: the browser's {@code User-Agent}, its first 200 characters. */
	public static final String USER_AGENT = "userAgent";

	/** Data key: why something was refused or failed. */
	public static final String REASON = "reason";

	/**
	 * Data key: how someone signed in ({@code code}, {@code passkey},
	 * {@code stay-signed-in}).
	 */
	public static final String HOW = "how";

	/** Data key: the id of the passkey used, added or removed (a public identifier). */
	public static final String CREDENTIAL = "credential";

	/** Data key: the attempts left after a wrong code. */
	public static final String ATTEMPTS_LEFT = "attemptsLeft";

	/**
	 * Data key: what an administrator did (e.g. {@code disable}, {@code add-to-group}).
	 */
	public static final String ACTION = "action";

	/**
	 * Data key: how an administrator's action ended (e.g. {@code done}, {@code refused}).
	 */
	public static final String OUTCOME = "outcome";

	/** The principal while nobody is known. */
	public static final String UNKNOWN = "unknown";

	/** The actor when the person did it themself. */
	public static final String SELF = "self";

	/** The actor when the application did it on its own. */
	public static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final OncePerMinute warning;

	/**
	 * @param publisher where the events go (the application context)
	 * @param clock the events' time
	 */
	public AuditTrail(ApplicationEventPublisher publisher, Clock clock) {
		this.publisher = publisher;
		this.clock = clock;
		this.warning = new OncePerMinute(clock);
	}

	/** A trail that records nothing, for parts wired without the audit. */
	public static AuditTrail off() {
		return new AuditTrail((event) -> {
		}, Clock.systemUTC());
	}

	/** A new event of this kind, done by the person themself until {@link Entry#by}. */
	public Entry event(AuditKind kind) {
		return new Entry(kind);
	}

	/**
	 * A new event of this kind, from the client of the current Vaadin request (if any),
	 * done by the person themself until {@link Entry#by}.
	 */
	public Entry eventFromHere(AuditKind kind) {
		Entry entry = new Entry(kind);
		VaadinRequest request = VaadinRequest.getCurrent();
		if (request != null) {
			entry.from(request.getRemoteAddr(), request.getHeader("User-Agent"));
		}
		return entry;
	}

	/** A new event of this kind, from the client of this request. */
	public Entry event(AuditKind kind, HttpServletRequest request) {
		return new Entry(kind).from(request.getRemoteAddr(), request.getHeader("User-Agent"));
	}

	/**
	 * Records what an administrator did to an account, from the client of the current
	 * Vaadin request (if any).
	 * @param actorSub the administrator's sub
	 * @param targetSub the account's sub
	 * @param targetMaskedNumber the account's number, masked (a full number is masked
	 * here)
	 * @param action what was done, e.g. {@code disable}
	 * @param outcome how it ended, e.g. {@code done} or {@code refused}
	 */
	public void admin(String actorSub, String targetSub, String targetMaskedNumber, String action, String outcome) {
		eventFromHere(AuditKind.ADMIN_ACTION).user(targetSub)
			.by(actorSub)
			.maskedNumber(targetMaskedNumber)
			.with(ACTION, action)
			.with(OUTCOME, outcome)
			.publish();
	}

	/** One event being described; {@link #publish()} sends it. */
	public final class Entry {

		private final AuditKind kind;

		private final Map<String, Object> data = new LinkedHashMap<>();

		private String principal = UNKNOWN;

		private Entry(AuditKind kind) {
			this.kind = kind;
			this.data.put(ACTOR, SELF);
		}

		/** The user it is about, by Cognito sub. */
		public Entry user(String sub) {
			if (sub != null && !sub.isBlank()) {
				this.principal = sub;
			}
			return this;
		}

		/** The number it is about (E.164), kept masked. */
		public Entry number(String e164) {
			return maskedNumber(e164);
		}

		/** The number it is about, if known. */
		public Entry number(Optional<String> e164) {
			e164.ifPresent(this::number);
			return this;
		}

		private Entry maskedNumber(String number) {
			String masked = AuditText.masked(number);
			if (masked != null) {
				this.data.put(MASKED_NUMBER, masked);
			}
			return this;
		}

		/** The client: its address and {@code User-Agent}. */
		public Entry from(String clientAddress, String userAgent) {
			put(CLIENT_ADDRESS, clientAddress);
			put(USER_AGENT, AuditText.shortened(userAgent));
			return this;
		}

		/** Who did it, when not the person themself. */
		public Entry by(String actor) {
			return put(ACTOR, actor);
		}

		/** Another detail. */
		public Entry with(String key, Object value) {
			return put(key, value);
		}

		private Entry put(String key, Object value) {
			if (value != null) {
				this.data.put(key, value);
			}
			return this;
		}

		/** Publishes the event; whatever goes wrong, the caller carries on. */
		public void publish() {
			try {
				AuditTrail.this.publisher.publishEvent(new AuditApplicationEvent(
						new AuditEvent(AuditTrail.this.clock.instant(), this.principal, this.kind.name(), this.data)));
			}
			catch (RuntimeException ex) {
				if (AuditTrail.this.warning.due()) {
					log.warn("An audit event could not be published: {}", ex.getClass().getSimpleName());
				}
			}
		}

	}

}
