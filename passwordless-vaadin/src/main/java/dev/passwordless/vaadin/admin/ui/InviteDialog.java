package dev.passwordless.vaadin.admin.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.passwordless.rules.NameRule;
import dev.passwordless.vaadin.admin.AdminActions;
import dev.passwordless.vaadin.admin.AdminProblem;
import dev.passwordless.vaadin.admin.CognitoAdministration;
import dev.passwordless.vaadin.admin.PortalUser;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.i18n.RefusalWords;
import dev.passwordless.vaadin.login.SignInPolicy;
import dev.passwordless.vaadin.login.ui.PhoneField;
import dev.passwordless.vaadin.login.ui.Words;
import dev.passwordless.vaadin.security.CognitoUser;

/**
 * Invite a person: name, mobile number and groups. No message goes out: the person signs
 * in with their number, and the first code proves it. A number that is not a mobile one
 * from an allowed country, or that already has an account, is refused on its field.
 */
class InviteDialog extends Dialog {

	private final TextField name = new TextField();

	private final PhoneField phone;

	private final CheckboxGroup<String> groups = new CheckboxGroup<>();

	private final Paragraph problem = new Paragraph();

	InviteDialog(CognitoAdministration cognito, AdminActions actions, SignInPolicy policy, CognitoUser actor,
			Consumer<PortalUser> invited, Consumer<AdminProblem> failed) {
		setHeaderTitle(getTranslation("passwordless.admin.invite-title"));
		this.phone = new PhoneField("", List.copyOf(policy.allowedCountries()));
		this.name.setId("invite-name");
		this.name.setLabel(getTranslation("passwordless.register.name"));
		this.name.setRequiredIndicatorVisible(true);
		this.name.setManualValidation(true);
		this.name.setWidthFull();
		this.groups.setId("invite-groups");
		this.groups.setLabel(getTranslation("passwordless.admin.groups"));
		try {
			this.groups.setItems(cognito.groups());
		}
		catch (AdminProblem ex) {
			failed.accept(ex);
		}
		this.problem.setId("invite-problem");
		this.problem.setVisible(false);
		this.problem.getElement().setAttribute("role", "alert");
		Button send = new Button(getTranslation("passwordless.admin.invite"), (click) -> {
			String typedName = this.name.getValue();
			var nameProblem = RefusalWords.nameProblem(typedName);
			this.name.setInvalid(nameProblem.isPresent());
			nameProblem.ifPresent((refused) -> this.name.setErrorMessage(Words.of(this, refused)));
			String number;
			try {
				number = policy.e164(this.phone.value());
				this.phone.clearError();
			}
			catch (SignInProblem ex) {
				this.phone.showError(Words.of(this, ex));
				return;
			}
			if (nameProblem.isPresent()) {
				return;
			}
			try {
				PortalUser person = actions.invite(actor, NameRule.normalize(typedName), number,
						Set.copyOf(this.groups.getValue()));
				close();
				invited.accept(person);
			}
			catch (AdminProblem ex) {
				if (ex.kind() == AdminProblem.Kind.NUMBER_TAKEN) {
					this.phone.showError(getTranslation(ex.key()));
				}
				else {
					this.problem.setText(getTranslation(ex.key()));
					this.problem.setVisible(true);
				}
			}
		});
		send.setId("invite-send");
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("passwordless.admin.cancel"), (click) -> close());
		VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("passwordless.admin.invite-intro")),
				this.name, this.phone, this.groups, this.problem);
		form.setPadding(false);
		add(form);
		getFooter().add(cancel, send);
	}

}
