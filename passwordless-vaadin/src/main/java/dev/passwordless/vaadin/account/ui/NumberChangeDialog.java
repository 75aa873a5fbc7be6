package dev.passwordless.vaadin.account.ui;

import java.util.List;
import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dev.passwordless.vaadin.account.Account;
import dev.passwordless.vaadin.account.NumberChange;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.SignInPolicy;
import dev.passwordless.vaadin.login.ui.PhoneField;
import dev.passwordless.vaadin.login.ui.Words;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.SessionKeys;

/**
 * "Change number", after a fresh sign-in: the new number, then the code sent to it; until
 * that code is right the account keeps its number. Then the browser signs in again with
 * the new number and comes back to "Your account". The dialog open past the fresh sign-in
 * asks for a step-up before it sends the code.
 */
class NumberChangeDialog extends Dialog {

	private final Account account;

	private final CognitoUser user;

	private final PhoneField phone;

	private final TextField code = new TextField();

	private final Paragraph step = new Paragraph();

	private final Button next = new Button();

	private final BooleanSupplier fresh;

	private NumberChange change;

	NumberChangeDialog(Account account, SignInPolicy policy, CognitoUser user, CognitoTokens tokens,
			BooleanSupplier fresh) {
		this.fresh = fresh;
		this.account = account;
		this.user = user;
		setHeaderTitle(getTranslation("passwordless.account.change-number"));
		this.phone = new PhoneField("", List.copyOf(policy.allowedCountries()));
		this.step.setId("number-step");
		this.step.setText(getTranslation("passwordless.account.new-number-intro"));
		this.code.setId("number-code");
		this.code.setLabel(getTranslation("passwordless.code.label"));
		this.code.getElement().setProperty("autocomplete", "one-time-code");
		this.code.getElement().setAttribute("inputmode", "numeric");
		this.code.setManualValidation(true);
		this.code.setVisible(false);
		this.next.setId("number-next");
		this.next.setText(getTranslation("passwordless.account.send-code"));
		this.next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.next.addClickListener((click) -> {
			if (this.change == null) {
				start(tokens);
			}
			else {
				answer();
			}
		});
		VerticalLayout content = new VerticalLayout(this.step, this.phone, this.code);
		content.setPadding(false);
		add(content);
		getFooter().add(new Button(getTranslation("passwordless.admin.cancel"), (click) -> close()), this.next);
	}

	private void start(CognitoTokens tokens) {
		if (!this.fresh.getAsBoolean()) {
			// open past the fresh sign-in: a step-up, then the dialog again
			close();
			getUI()
				.ifPresent((ui) -> ui.getPage().setLocation("/" + AccountView.PATH + "?" + AccountView.CHANGE_NUMBER));
			return;
		}
		try {
			this.change = this.account.startNumberChange(this.user, tokens, this.phone.value());
			this.phone.clearError();
			this.phone.setVisible(false);
			this.code.setVisible(true);
			this.next.setText(getTranslation("passwordless.account.confirm-code"));
			this.step.setText(this.change.toNewNumber()
					? getTranslation("passwordless.account.code-to-new", this.change.newNumber())
					: getTranslation("passwordless.account.code-to-current", this.user.phoneNumber()));
			this.code.focus();
		}
		catch (SignInProblem problem) {
			this.phone.showError(Words.of(this, problem));
		}
	}

	private void answer() {
		try {
			switch (this.account.answerNumberChange(this.user, this.change, this.code.getValue())) {
				case NumberChange.CodeToNewNumber toNew -> {
					this.change = toNew.change();
					this.code.clear();
					this.code.setInvalid(false);
					this.step.setText(getTranslation("passwordless.account.code-to-new", this.change.newNumber()));
					this.code.focus();
				}
				case NumberChange.WrongCode wrong -> {
					this.change = wrong.change();
					this.code.clear();
					this.code.setErrorMessage(getTranslation("passwordless.code.wrong", wrong.attemptsLeft()));
					this.code.setInvalid(true);
				}
				case NumberChange.Changed changed -> {
					// the completion signs this browser in with the new number, then back
					// here
					VaadinSession.getCurrent()
						.getSession()
						.setAttribute(SessionKeys.STEP_UP_TARGET, "/" + AccountView.PATH + "?" + AccountView.CHANGED);
					getUI().ifPresent((ui) -> ui.getPage().setLocation(changed.completion()));
				}
			}
		}
		catch (SignInProblem problem) {
			this.code.clear();
			this.code.setErrorMessage(Words.of(this, problem));
			this.code.setInvalid(true);
			if (problem.kind() != SignInProblem.Kind.INVALID_INPUT) {
				// the change is over (too many wrong codes, too late, the number taken)
				this.next.setEnabled(false);
			}
		}
	}

}
