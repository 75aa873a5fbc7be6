package dev.passwordless.vaadin.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.actuate.audit.AuditEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row of {@code passwordless_audit}: an audit event with its common data in columns
 * and the rest as a flat JSON object. Every value is cut to its column; a number is kept
 * masked whatever the event carried.
 *
 * @param time when it happened
 * @param kind the event's type
 * @param principal the user's sub, or {@value AuditTrail#UNKNOWN}
 * @param actor who did it
 * @param maskedNumber the number, masked, if any
 * @param clientAddress the client's address, if known
 * @param userAgent the browser's {@code User-Agent}, shortened, if known
 * @param details the other data: name to text
 */
public record AuditRow(Instant time, String kind, String principal, String actor, String maskedNumber,
		String clientAddress, String userAgent, Map<String, String> details) {

	private static final Set<String> COLUMNS = Set.of(AuditTrail.ACTOR, AuditTrail.MASKED_NUMBER,
			AuditTrail.CLIENT_ADDRESS, AuditTrail.USER_AGENT);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int DETAIL_LENGTH = 200;

	private static final int MOST_DETAILS = 16;

	/** The row of an event, whoever published it. */
	static AuditRow of(AuditEvent event) {
		Map<String, Object> data = event.getData();
		Map<String, String> details = new LinkedHashMap<>();
		data.forEach((key, value) -> {
			if (!COLUMNS.contains(key) && value != null && details.size() < MOST_DETAILS) {
				details.put(cut(key, 64), cut(String.valueOf(value), DETAIL_LENGTH));
			}
		});
		String principal = event.getPrincipal().isBlank() ? AuditTrail.UNKNOWN : event.getPrincipal();
		return new AuditRow(event.getTimestamp(), cut(event.getType(), 64), cut(principal, 128),
				cut(text(data.get(AuditTrail.ACTOR)).orElse(AuditTrail.SELF), 128),
				cut(AuditTrail.masked(text(data.get(AuditTrail.MASKED_NUMBER)).orElse(null)), 32),
				cut(text(data.get(AuditTrail.CLIENT_ADDRESS)).orElse(null), 64),
				AuditTrail.shortened(text(data.get(AuditTrail.USER_AGENT)).orElse(null)), details);
	}

	/** The event this row was written from. */
	AuditEvent toEvent() {
		Map<String, Object> data = new LinkedHashMap<>(this.details);
		data.put(AuditTrail.ACTOR, this.actor);
		putIfKnown(data, AuditTrail.MASKED_NUMBER, this.maskedNumber);
		putIfKnown(data, AuditTrail.CLIENT_ADDRESS, this.clientAddress);
		putIfKnown(data, AuditTrail.USER_AGENT, this.userAgent);
		return new AuditEvent(this.time, this.principal, this.kind, data);
	}

	String detailsJson() {
		return this.details.isEmpty() ? null : JSON.writeValueAsString(this.details);
	}

	static Map<String, String> details(String json) {
		return (json == null || json.isBlank()) ? Map.of() : JSON.readValue(json, new TypeReference<>() {
		});
	}

	private static void putIfKnown(Map<String, Object> data, String key, String value) {
		if (value != null) {
			data.put(key, value);
		}
	}

	private static Optional<String> text(Object value) {
		return Optional.ofNullable(value).map(String::valueOf).filter((text) -> !text.isBlank());
	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
