package dev.passwordless.vaadin.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** What any publisher's event becomes as a row: numbers masked, details that fit. */
class AuditRowTest {

	@Test
	void ofWhenAnotherPublishersEventCarriesFullNumbersThenTheRowKeepsThemMasked() {
		AuditRow row = AuditRow.of(new AuditEvent(Instant.EPOCH, "+12025550123", "SOMETHING",
				Map.of("target", "+1 202 555 0199", "reason", "not a number")));

		assertThat(row.principal()).doesNotContain("202555").endsWith("0123");
		assertThat(row.details()).containsEntry("reason", "not a number");
		assertThat(row.details().get("target")).doesNotContain("555").endsWith("0199");
	}

	@Test
	void detailsJsonWhenTheDetailsWouldNotFitTheColumnThenTheLastGiveWayToATruncatedMark() {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < 16; i++) {
			data.put("key-" + "k".repeat(50) + i, "\"".repeat(200));
		}
		AuditRow row = AuditRow.of(new AuditEvent(Instant.EPOCH, "sub", "SOMETHING", data));

		String json = row.detailsJson();
		assertThat(json).hasSizeLessThanOrEqualTo(AuditRow.DETAILS_LENGTH).contains("\"truncated\":\"true\"");
		assertThat(AuditRow.details(json)).containsKey("key-" + "k".repeat(50) + 0);
	}

}
