package dev.passwordless.vaadin.audit.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import dev.passwordless.vaadin.audit.AuditKind;
import dev.passwordless.vaadin.audit.AuditQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit view created directly and its filters driven, without a browser. */
class AuditViewTest {

	private final AuditView view = new AuditView(null);

	@Test
	void queryWhenNoFilterIsSetThenEveryRow() {
		assertThat(this.view.query()).isEqualTo(AuditQuery.all());
	}

	@Test
	void queryWhenEveryFilterIsSetThenTheUserTheKindAndTheTimesAsUtc() {
		field(TextField.class).setValue("0123");
		comboBox().setValue(AuditKind.LOCKED_OUT);
		pickers()[0].setValue(LocalDateTime.parse("2026-12-01T08:00:00"));
		pickers()[1].setValue(LocalDateTime.parse("2026-12-02T08:00:00"));

		assertThat(this.view.query()).isEqualTo(new AuditQuery(Optional.of("0123"), Optional.of(AuditKind.LOCKED_OUT),
				Optional.of(Instant.parse("2026-12-01T08:00:00Z")),
				Optional.of(Instant.parse("2026-12-02T08:00:00Z"))));
	}

	@Test
	void viewWhenCreatedThenEveryFilterHasALabelAndTheGridANameForScreenReaders() {
		assertThat(field(TextField.class).getLabel()).isNotBlank();
		assertThat(comboBox().getLabel()).isNotBlank();
		assertThat(pickers()).allSatisfy((picker) -> assertThat(picker.getLabel()).isNotBlank());
		assertThat(field(Grid.class).getAriaLabel()).get().asString().isNotBlank();
	}

	@SuppressWarnings("unchecked")
	private ComboBox<AuditKind> comboBox() {
		return field(ComboBox.class);
	}

	private DateTimePicker[] pickers() {
		return this.view.getChildren()
			.flatMap((child) -> child.getChildren())
			.filter(DateTimePicker.class::isInstance)
			.toArray(DateTimePicker[]::new);
	}

	private <T> T field(Class<T> type) {
		return this.view.getChildren()
			.flatMap((child) -> Stream.concat(Stream.of(child), child.getChildren()))
			.filter(type::isInstance)
			.map(type::cast)
			.findFirst()
			.orElseThrow();
	}

}
