package dev.passwordless.vaadin.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.passwordless.vaadin.account.Account;
import dev.passwordless.vaadin.login.SignInPolicy;
import dev.passwordless.vaadin.security.CognitoUser;

/**
 * "Number" in "Your account": the person's number, and "Change number", which moves the
 * account to a new one with a code to each ({@link NumberChangeDialog}).
 */
class NumberSection extends VerticalLayout {

	private final CognitoUser user;

	private final Paragraph notice = new Paragraph();

	NumberSection(Account account, SignInPolicy policy, CognitoUser user) {
		this.user = user;
		setPadding(false);
		Paragraph number = new Paragraph(user.phoneNumber());
		number.setId("account-number");
		this.notice.setId("number-outcome");
		this.notice.getElement().setAttribute("role", "status");
		Button change = new Button(getTranslation("passwordless.account.change-number"),
				(click) -> new NumberChangeDialog(account, policy, user, AccountView.tokens()).open());
		change.setId("change-number");
		add(new H2(getTranslation("passwordless.account.number")), number, this.notice, change);
	}

	/** Says that the account has moved to the number the person now signs in with. */
	void changed() {
		this.notice.setText(getTranslation("passwordless.account.number-changed", this.user.phoneNumber()));
	}

}
