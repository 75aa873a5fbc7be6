package dev.passwordless.vaadin.account.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.passwordless.vaadin.account.Account;
import dev.passwordless.vaadin.account.Browsers;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.SignOut;
import org.springframework.dao.DataAccessException;

/**
 * "Recent sign-ins" in "Your account": when, in which browser, from which network and how
 * (code, passkey, staying signed in), and "Not you? Sign out everywhere".
 */
class SignInsSection extends VerticalLayout {

	SignInsSection(Account account, SignOut signOut, Browsers browsers, CognitoUser user, DateTimeFormatter time) {
		setPadding(false);
		UnorderedList list = new UnorderedList();
		list.setId("sign-ins");
		List<Account.SignIn> signIns;
		try {
			signIns = account.recentSignIns(user);
		}
		catch (DataAccessException ex) {
			signIns = List.of();
			list.add(new ListItem(getTranslation("passwordless.account.unavailable")));
		}
		for (Account.SignIn signIn : signIns) {
			String place = Browsers.network(signIn.clientAddress()).orElse("–");
			list.add(new ListItem(getTranslation("passwordless.account.sign-in", time.format(signIn.time()),
					BrowserNames.of(this, browsers, signIn.userAgent()), place, getTranslation(how(signIn)))));
		}
		Button notYou = new Button(getTranslation("passwordless.account.not-you"),
				(click) -> signOut.signOutEverywhere());
		notYou.setId("not-you");
		notYou.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add(new H2(getTranslation("passwordless.account.sign-ins")), list, notYou);
	}

	private static String how(Account.SignIn signIn) {
		return switch (signIn.how()) {
			case "stay-signed-in" -> "passwordless.account.how.stay-signed-in";
			case "passkey" -> "passwordless.account.how.passkey";
			default -> "passwordless.account.how.code";
		};
	}

}
