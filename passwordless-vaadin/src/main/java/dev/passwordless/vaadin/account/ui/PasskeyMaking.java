package dev.passwordless.vaadin.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.passwordless.vaadin.account.AccountPasskeys;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.ui.PasskeyCeremony;
import dev.passwordless.vaadin.login.ui.Words;
import dev.passwordless.vaadin.security.CognitoUser;

/**
 * Making a passkey, wherever it is offered (the offer after a sign-in by code, "Your
 * account"): Cognito's creation options, the browser's ceremony, Cognito keeping the new
 * credential. A ceremony that makes nothing, or a refusal, is one sentence in the page's
 * outcome paragraph.
 */
final class PasskeyMaking {

	private PasskeyMaking() {
	}

	/**
	 * @param page the page asking (for its words)
	 * @param outcome where a sentence about a failure goes
	 * @param noPasskeys runs when the pool has no passkeys
	 * @param added runs once the passkey is kept
	 */
	static void make(Component page, AccountPasskeys passkeys, CognitoUser user, CognitoTokens tokens,
			Paragraph outcome, Runnable noPasskeys, Runnable added) {
		try {
			var options = passkeys.creationOptions(tokens);
			if (options.isEmpty()) {
				noPasskeys.run();
				return;
			}
			PasskeyCeremony.create(UI.getCurrent(), options.get(), (answer) -> {
				if (PasskeyCeremony.failed(answer)) {
					passkeys.notAdded();
					outcome.setText(page.getTranslation("passwordless.passkey.not-added"));
					return;
				}
				try {
					passkeys.add(user, tokens, answer);
					added.run();
				}
				catch (SignInProblem problem) {
					outcome.setText(Words.of(page, problem));
				}
			});
		}
		catch (SignInProblem problem) {
			outcome.setText(Words.of(page, problem));
		}
	}

}
