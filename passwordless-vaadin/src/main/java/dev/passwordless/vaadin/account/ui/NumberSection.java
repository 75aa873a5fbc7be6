package dev.passwordless.vaadin.account.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.passwordless.vaadin.account.Account;
import dev.passwordless.vaadin.login.SignInPolicy;
import dev.passwordless.vaadin.security.CognitoUser;

/**
 * "Number" in "Your account": the person's number, and "Change number", which moves the
 * account to a new one with a code to it, after a fresh sign-in
 * ({@link NumberChangeDialog}).
 */
class NumberSection extends VerticalLayout {

	private final CognitoUser user;

	private final Paragraph notice = new Paragraph();

	private final Account account;

	private final SignInPolicy policy;

	private final BooleanSupplier fresh;

	/**
	 * @param askToChange what "Change number" does: {@link #openDialog()} after a fresh
	 * sign-in, a step-up first without one
	 * @param fresh whether the session holds a fresh sign-in now
	 */
	NumberSection(Account account, SignInPolicy policy, CognitoUser user, Runnable askToChange, BooleanSupplier fresh) {
		this.user = user;
		this.account = account;
		this.policy = policy;
		this.fresh = fresh;
		setPadding(false);
		Paragraph number = new Paragraph(user.phoneNumber());
		number.setId("account-number");
		this.notice.setId("number-outcome");
		this.notice.getElement().setAttribute("role", "status");
		Button change = new Button(getTranslation("passwordless.account.change-number"), (click) -> askToChange.run());
		change.setId("change-number");
		add(new H2(getTranslation("passwordless.account.number")), number, this.notice, change);
	}

	/** Asks for the new number, with a fresh sign-in held. */
	void openDialog() {
		new NumberChangeDialog(this.account, this.policy, this.user, AccountView.tokens(), this.fresh).open();
	}

	/** Says that the account has moved to the number the person now signs in with. */
	void changed() {
		this.notice.setText(getTranslation("passwordless.account.number-changed", this.user.phoneNumber()));
	}

}
