package dev.passwordless.vaadin.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import dev.passwordless.vaadin.account.Account;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.ui.Words;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.FreshSignIn;
import dev.passwordless.vaadin.security.SignOut;

/**
 * "Leave" in "Your account": "Delete account" goes to {@code /account?delete}, where
 * {@link AccountView} asks for a fresh code first and then calls {@link #confirm()}; the
 * question deletes the account and signs the person out.
 */
class DeleteSection extends VerticalLayout {

	private final Account account;

	private final SignOut signOut;

	private final FreshSignIn fresh;

	private final CognitoUser user;

	DeleteSection(Account account, SignOut signOut, FreshSignIn fresh, CognitoUser user) {
		this.account = account;
		this.signOut = signOut;
		this.fresh = fresh;
		this.user = user;
		setPadding(false);
		Button delete = new Button(getTranslation("passwordless.account.delete"), (click) -> getUI()
			.ifPresent((ui) -> ui.navigate(AccountView.class, QueryParameters.of(AccountView.DELETE, ""))));
		delete.setId("delete-account");
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		add(new H2(getTranslation("passwordless.account.leave")),
				new Paragraph(getTranslation("passwordless.account.delete-intro")), delete);
	}

	/** Asks whether to delete the account, and deletes it. */
	void confirm() {
		Dialog confirm = new Dialog();
		confirm.setHeaderTitle(getTranslation("passwordless.account.delete-title"));
		confirm.add(new Paragraph(getTranslation("passwordless.account.delete-question")));
		Paragraph problem = new Paragraph();
		problem.setId("delete-problem");
		problem.getElement().setAttribute("role", "alert");
		confirm.add(problem);
		Button yes = new Button(getTranslation("passwordless.account.delete"), (click) -> {
			if (!this.fresh.holdsNow()) {
				// the dialog stayed open past the fresh sign-in: ask for a code again
				confirm.close();
				getUI().ifPresent((ui) -> ui.getPage().setLocation(AccountView.PATH + "?" + AccountView.DELETE));
				return;
			}
			try {
				this.account.delete(this.user, AccountView.tokens());
				confirm.close();
				this.signOut.afterAccountDeleted();
			}
			catch (SignInProblem ex) {
				problem.setText(Words.of(this, ex));
			}
		});
		yes.setId("confirm-delete-account");
		yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		Button no = new Button(getTranslation("passwordless.admin.cancel"), (click) -> confirm.close());
		confirm.getFooter().add(no, yes);
		confirm.open();
	}

}
