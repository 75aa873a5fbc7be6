package dev.passwordless.vaadin.audit.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.passwordless.vaadin.admin.AdminView;
import dev.passwordless.vaadin.audit.AuditKind;
import dev.passwordless.vaadin.audit.AuditQuery;
import dev.passwordless.vaadin.audit.AuditRow;
import dev.passwordless.vaadin.audit.JdbcAuditEventRepository;
import jakarta.annotation.security.PermitAll;

/**
 * The audit trail for administrators, newest first, read a page at a time as the grid
 * scrolls (never the whole table), filtered by user (a sub, or a number's last digits),
 * kind and time (UTC). Administrators only, with a fresh sign-in ({@link AdminView}).
 */
@Route(value = AuditView.ROUTE, registerAtStartup = false)
@PermitAll
public class AuditView extends VerticalLayout implements AdminView, HasDynamicTitle {

	/** The route. */
	public static final String ROUTE = "admin/audit";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final TextField user = new TextField();

	private final ComboBox<AuditKind> kind = new ComboBox<>();

	private final DateTimePicker from = new DateTimePicker();

	private final DateTimePicker to = new DateTimePicker();

	private final Grid<AuditRow> grid = new Grid<>();

	AuditView(JdbcAuditEventRepository repository) {
		this.user.setId("audit-user");
		this.kind.setId("audit-kind");
		this.grid.setId("audit");
		this.user.setLabel(getTranslation("passwordless.audit.filter.user"));
		this.user.setHelperText(getTranslation("passwordless.audit.filter.user-help"));
		this.user.setClearButtonVisible(true);
		this.user.setValueChangeMode(ValueChangeMode.LAZY);
		this.kind.setLabel(getTranslation("passwordless.audit.filter.kind"));
		this.kind.setItems(AuditKind.values());
		this.kind.setItemLabelGenerator(this::words);
		this.kind.setClearButtonVisible(true);
		this.from.setLabel(getTranslation("passwordless.audit.filter.from"));
		this.to.setLabel(getTranslation("passwordless.audit.filter.to"));
		this.grid.addColumn((row) -> TIME.format(row.time()))
			.setHeader(getTranslation("passwordless.audit.column.time"))
			.setAutoWidth(true);
		this.grid.addColumn(this::words).setHeader(getTranslation("passwordless.audit.column.kind")).setAutoWidth(true);
		this.grid.addColumn(AuditRow::principal).setHeader(getTranslation("passwordless.audit.column.user"));
		this.grid.addColumn(AuditRow::actor).setHeader(getTranslation("passwordless.audit.column.actor"));
		this.grid.addColumn(AuditRow::maskedNumber).setHeader(getTranslation("passwordless.audit.column.number"));
		this.grid.addColumn(AuditRow::clientAddress).setHeader(getTranslation("passwordless.audit.column.address"));
		this.grid.addColumn(AuditRow::userAgent).setHeader(getTranslation("passwordless.audit.column.browser"));
		this.grid.addColumn(AuditView::details).setHeader(getTranslation("passwordless.audit.column.details"));
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAriaLabel(getTranslation("passwordless.audit.heading"));
		this.grid.setItems((page) -> repository.page(query(), page.getOffset(), page.getLimit()).stream());

		// Refresh on every filter change
		this.user.addValueChangeListener((event) -> refresh());
		this.kind.addValueChangeListener((event) -> refresh());
		this.from.addValueChangeListener((event) -> refresh());
		this.to.addValueChangeListener((event) -> refresh());

		// Lay them out
		HorizontalLayout filters = new HorizontalLayout(this.user, this.kind, this.from, this.to);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		add(new H1(getTranslation("passwordless.audit.heading")),
				new Paragraph(getTranslation("passwordless.audit.intro")), filters, this.grid);
		setSizeFull();
		setFlexGrow(1, this.grid);
	}

	/** What the filters ask for now. */
	AuditQuery query() {
		return new AuditQuery(Optional.ofNullable(this.user.getValue()).filter((text) -> !text.isBlank()),
				Optional.ofNullable(this.kind.getValue()), utc(this.from.getValue()), utc(this.to.getValue()));
	}

	private void refresh() {
		this.grid.getDataProvider().refreshAll();
	}

	private String words(AuditRow row) {
		return Arrays.stream(AuditKind.values())
			.filter((known) -> known.name().equals(row.kind()))
			.findFirst()
			.map(this::words)
			.orElse(row.kind());
	}

	/**
	 * Each kind in the page's language (literal keys, so the bundles' check sees them).
	 */
	private String words(AuditKind kind) {
		return getTranslation(switch (kind) {
			case CODE_REQUESTED -> "passwordless.audit.kind.code-requested";
			case CODE_SENT -> "passwordless.audit.kind.code-sent";
			case CODE_REFUSED -> "passwordless.audit.kind.code-refused";
			case CODE_WRONG -> "passwordless.audit.kind.code-wrong";
			case LOCKED_OUT -> "passwordless.audit.kind.locked-out";
			case SIGN_IN_FAILED -> "passwordless.audit.kind.sign-in-failed";
			case SIGNED_IN -> "passwordless.audit.kind.signed-in";
			case STAY_SIGNED_IN_REFUSED -> "passwordless.audit.kind.stay-signed-in-refused";
			case SIGNED_OUT -> "passwordless.audit.kind.signed-out";
			case SIGNED_OUT_EVERYWHERE -> "passwordless.audit.kind.signed-out-everywhere";
			case PASSKEY_ADDED -> "passwordless.audit.kind.passkey-added";
			case PASSKEY_REMOVED -> "passwordless.audit.kind.passkey-removed";
			case NAME_CHANGED -> "passwordless.audit.kind.name-changed";
			case NUMBER_CHANGED -> "passwordless.audit.kind.number-changed";
			case DEVICE_SIGNED_OUT -> "passwordless.audit.kind.device-signed-out";
			case ACCOUNT_DELETED -> "passwordless.audit.kind.account-deleted";
			case ADMIN_ACTION -> "passwordless.audit.kind.admin-action";
		});
	}

	private static String details(AuditRow row) {
		return row.details()
			.entrySet()
			.stream()
			.map((detail) -> detail.getKey() + "=" + detail.getValue())
			.collect(Collectors.joining(", "));
	}

	private static Optional<Instant> utc(LocalDateTime time) {
		return Optional.ofNullable(time).map((local) -> local.toInstant(ZoneOffset.UTC));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("passwordless.audit.title");
	}

}
