package dev.passwordless.vaadin.admin.ui;

import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.passwordless.vaadin.admin.AdminActions;
import dev.passwordless.vaadin.admin.AdminProblem;
import dev.passwordless.vaadin.admin.CognitoAdministration;
import dev.passwordless.vaadin.admin.PortalUser;
import dev.passwordless.vaadin.security.CognitoUser;

/**
 * One person, for an administrator: their groups (changed with "Save groups"), and
 * disable or enable, sign out everywhere, delete (asked again first). Each action says
 * what it did, or why it was refused, in the dialog.
 */
class PersonDialog extends Dialog {

	private final AdminActions actions;

	private final CognitoUser actor;

	private final PortalUser person;

	private final Runnable changed;

	private final Paragraph outcome = new Paragraph();

	private boolean ready;

	PersonDialog(CognitoAdministration cognito, AdminActions actions, CognitoUser actor, PortalUser person,
			Runnable changed, Consumer<AdminProblem> failed) {
		this.actions = actions;
		this.actor = actor;
		this.person = person;
		this.changed = changed;
		setHeaderTitle(person.name().isEmpty() ? person.phoneNumber() : person.name());
		CheckboxGroup<String> groups = new CheckboxGroup<>();
		groups.setId("person-groups");
		groups.setLabel(getTranslation("passwordless.admin.groups"));
		try {
			groups.setItems(cognito.groups());
			groups.setValue(cognito.groupsOf(person.username()));
		}
		catch (AdminProblem ex) {
			failed.accept(ex);
			return;
		}
		this.ready = true;
		this.outcome.setId("person-outcome");
		this.outcome.getElement().setAttribute("role", "status");
		Button saveGroups = button("save-groups", "passwordless.admin.save-groups",
				() -> actions.setGroups(actor, person, Set.copyOf(groups.getValue())),
				"passwordless.admin.groups-saved");
		Button access = person.enabled()
				? button("disable", "passwordless.admin.disable", () -> actions.disable(actor, person),
						"passwordless.admin.disabled-done")
				: button("enable", "passwordless.admin.enable", () -> actions.enable(actor, person),
						"passwordless.admin.enabled-done");
		Button signOut = button("sign-out-everywhere", "passwordless.admin.sign-out-everywhere",
				() -> actions.signOutEverywhere(actor, person), "passwordless.admin.signed-out-done");
		Button delete = new Button(getTranslation("passwordless.admin.delete"), (click) -> confirmDelete());
		delete.setId("delete");
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		Paragraph number = new Paragraph(person.phoneNumber());
		number.setId("person-number");
		VerticalLayout content = new VerticalLayout(number, groups, saveGroups,
				new HorizontalLayout(access, signOut, delete), this.outcome);
		content.setPadding(false);
		add(content);
		getFooter().add(new Button(getTranslation("passwordless.admin.close"), (click) -> close()));
	}

	/** Opens the dialog if the person could be read (else the list says why). */
	void openIfRead() {
		if (this.ready) {
			open();
		}
	}

	private Button button(String id, String key, Runnable action, String done) {
		Button button = new Button(getTranslation(key), (click) -> act(action, done));
		button.setId(id);
		return button;
	}

	private boolean act(Runnable action, String done) {
		try {
			action.run();
			this.outcome.setText(getTranslation(done));
			this.changed.run();
			return true;
		}
		catch (AdminProblem ex) {
			this.outcome.setText(getTranslation(ex.key()));
			return false;
		}
	}

	private void confirmDelete() {
		Dialog confirm = new Dialog();
		confirm.setHeaderTitle(getTranslation("passwordless.admin.delete-title"));
		confirm.add(new Paragraph(getTranslation("passwordless.admin.delete-question",
				this.person.name().isEmpty() ? this.person.phoneNumber() : this.person.name())));
		Button yes = new Button(getTranslation("passwordless.admin.delete"), (click) -> {
			confirm.close();
			if (act(() -> this.actions.delete(this.actor, this.person), "passwordless.admin.deleted-done")) {
				close();
			}
		});
		yes.setId("confirm-delete");
		yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		confirm.getFooter()
			.add(new Button(getTranslation("passwordless.admin.cancel"), (click) -> confirm.close()), yes);
		confirm.open();
	}

}
