package dev.passwordless.vaadin.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

	/** The size of the {@code details} column (V4). */
	static final int DETAILS_LENGTH = 4000;

	/** The row of an event, whoever published it. */
	static AuditRow of(AuditEvent event) {
		Map<String, Object> data = event.getData();
		Map<String, String> details = new LinkedHashMap<>();
		data.forEach((key, value) -> {
			if (!COLUMNS.contains(key) && value != null && details.size() < MOST_DETAILS) {
				// another publisher's event may carry a full number anywhere: kept masked
				details.put(cut(key, 64), cut(AuditText.masked(String.valueOf(value)), DETAIL_LENGTH));
			}
		});
		String principal = event.getPrincipal().isBlank() ? AuditTrail.UNKNOWN : AuditText.masked(event.getPrincipal());
		return new AuditRow(event.getTimestamp(), cut(event.getType(), 64), cut(principal, 128),
				cut(text(data.get(AuditTrail.ACTOR)).orElse(AuditTrail.SELF), 128),
				cut(AuditText.masked(text(data.get(AuditTrail.MASKED_NUMBER)).orElse(null)), 32),
				cut(text(data.get(AuditTrail.CLIENT_ADDRESS)).orElse(null), 64),
				AuditText.shortened(text(data.get(AuditTrail.USER_AGENT)).orElse(null)), details);
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

	/**
	 * The details as the column keeps them: JSON of at most {@value #DETAILS_LENGTH}
	 * characters; the last details give way to a {@code truncated} mark when they do not
	 * fit.
	 */
	String detailsJson() {
		if (this.details.isEmpty()) {
			return null;
		}
		List<Map.Entry<String, String>> entries = new ArrayList<>(this.details.entrySet());
		for (int keep = entries.size(); keep > 0; keep--) {
			Map<String, String> kept = new LinkedHashMap<>();
			entries.subList(0, keep).forEach((entry) -> kept.put(entry.getKey(), entry.getValue()));
			if (keep < entries.size()) {
				kept.put("truncated", "true");
			}
			String json = JSON.writeValueAsString(kept);
			if (json.length() <= DETAILS_LENGTH) {
				return json;
			}
		}
		return "{\"truncated\":\"true\"}";
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
