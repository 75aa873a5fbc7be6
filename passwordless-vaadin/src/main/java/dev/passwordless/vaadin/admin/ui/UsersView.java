package dev.passwordless.vaadin.admin.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.passwordless.vaadin.admin.AdminActions;
import dev.passwordless.vaadin.admin.AdminProblem;
import dev.passwordless.vaadin.admin.AdminView;
import dev.passwordless.vaadin.admin.CognitoAdministration;
import dev.passwordless.vaadin.admin.PortalUser;
import dev.passwordless.vaadin.admin.UserPages;
import dev.passwordless.vaadin.login.SignInPolicy;
import dev.passwordless.vaadin.security.CognitoUser;
import jakarta.annotation.security.PermitAll;

/**
 * The people of the portal, for its administrators: a search by the start of a number or
 * a name (Cognito's ListUsers filter), read a page at a time as the list scrolls; invite
 * someone; open a person to change their groups, disable or enable them, sign them out
 * everywhere or delete them.
 */
@Route(value = UsersView.PATH, registerAtStartup = false)
@PermitAll
public class UsersView extends VerticalLayout implements AdminView, HasDynamicTitle {

	/** The route. */
	public static final String PATH = "admin/users";

	private final CognitoAdministration cognito;

	private final AdminActions actions;

	private final SignInPolicy policy;

	private final CognitoUser actor;

	private final TextField search = new TextField();

	private final Grid<PortalUser> grid = new Grid<>(PortalUser.class, false);

	private final Paragraph problem = new Paragraph();

	UsersView(CognitoAdministration cognito, AdminActions actions, SignInPolicy policy,
			AuthenticationContext authentication) {
		this.cognito = cognito;
		this.actions = actions;
		this.policy = policy;
		this.actor = authentication.getAuthenticatedUser(CognitoUser.class).orElseThrow();
		this.search.setId("search");
		this.search.setLabel(getTranslation("passwordless.admin.search"));
		this.search.setHelperText(getTranslation("passwordless.admin.search-helper"));
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addValueChangeListener((change) -> refresh());
		Button invite = new Button(getTranslation("passwordless.admin.invite"), (click) -> invite());
		invite.setId("invite");
		invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout bar = new HorizontalLayout(this.search, invite);
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		this.problem.setId("admin-problem");
		this.problem.setVisible(false);
		this.problem.getElement().setAttribute("role", "alert");
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		this.grid.setId("users");
		this.grid.addColumn(PortalUser::name).setHeader(getTranslation("passwordless.admin.name")).setFlexGrow(2);
		this.grid.addColumn(PortalUser::phoneNumber).setHeader(getTranslation("passwordless.admin.number"));
		this.grid.addColumn(
				(user) -> getTranslation(user.enabled() ? "passwordless.admin.active" : "passwordless.admin.disabled"))
			.setHeader(getTranslation("passwordless.admin.status"));
		this.grid.addColumn((user) -> (user.created() != null) ? date.format(user.created()) : "")
			.setHeader(getTranslation("passwordless.admin.since"));
		this.grid.setPageSize(CognitoAdministration.PAGE_SIZE);
		this.grid.addItemClickListener((click) -> {
			// a click on a row of a list the search just replaced finds no person
			if (click.getItem() != null) {
				open(click.getItem());
			}
		});
		this.grid.getElement().setAttribute("aria-label", getPageTitle());
		add(new H1(getPageTitle()), bar, this.problem, this.grid);
		setSizeFull();
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("passwordless.admin.users-title");
	}

	/** A new list for the search, read lazily from its first page. */
	void refresh() {
		String typed = this.search.getValue();
		UserPages pages = new UserPages((token) -> this.cognito.users(typed, token));
		this.problem.setVisible(false);
		this.grid.setItems((query) -> {
			try {
				return pages.rows(query.getOffset(), query.getLimit());
			}
			catch (AdminProblem ex) {
				show(ex);
				return Stream.empty();
			}
		});
	}

	void show(AdminProblem ex) {
		this.problem.setText(getTranslation(ex.key()));
		this.problem.setVisible(true);
	}

	private void invite() {
		// the search for the invited number lists them (setting it refreshes the list)
		new InviteDialog(this.cognito, this.actions, this.policy, this.actor,
				(invited) -> this.search.setValue(invited.phoneNumber()), this::show)
			.open();
	}

	private void open(PortalUser person) {
		new PersonDialog(this.cognito, this.actions, this.actor, person, this::refresh, this::show).openIfRead();
	}

}
