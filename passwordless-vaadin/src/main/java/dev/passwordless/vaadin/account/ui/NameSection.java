package dev.passwordless.vaadin.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.passwordless.vaadin.account.Account;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.ui.Words;
import dev.passwordless.vaadin.security.CognitoUser;

/**
 * "Name" in "Your account": the person's name, which they can change and save; a name the
 * rules refuse stays in the field with the reason.
 */
class NameSection extends VerticalLayout {

	NameSection(Account account, CognitoUser user) {
		setPadding(false);
		TextField name = new TextField(getTranslation("passwordless.register.name"));
		name.setId("account-name");
		name.setValue(user.name());
		name.setManualValidation(true);
		name.getElement().setProperty("autocomplete", "name");
		Paragraph saved = new Paragraph();
		saved.setId("name-outcome");
		saved.getElement().setAttribute("role", "status");
		Button save = new Button(getTranslation("passwordless.account.save-name"), (click) -> {
			try {
				name.setValue(account.rename(user, AccountView.tokens(), name.getValue()));
				name.setInvalid(false);
				saved.setText(getTranslation("passwordless.account.name-saved"));
			}
			catch (SignInProblem problem) {
				saved.setText("");
				name.setErrorMessage(Words.of(this, problem));
				name.setInvalid(true);
			}
		});
		save.setId("save-name");
		add(new H2(getTranslation("passwordless.account.name")), name, save, saved);
	}

}
