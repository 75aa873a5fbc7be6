package dev.passwordless.vaadin.login.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import dev.passwordless.vaadin.security.SessionKeys;

/**
 * The browser's side of a passkey: WebAuthn's {@code navigator.credentials} with the
 * options the server was given by Cognito, read and written as JSON by the browser's own
 * {@code PublicKeyCredential} methods. What comes back is the credential's JSON, or
 * {@link #ERROR} and the name of the browser's error ({@code NotAllowedError} when the
 * person cancelled or this device has no such passkey); nothing else passes.
 */
public final class PasskeyCeremony {

	/** What an answer that is no credential starts with. */
	public static final String ERROR = "error:";

	private static final String GET = """
			return (async () => {
			  try {
			    if (!window.PublicKeyCredential || !PublicKeyCredential.parseRequestOptionsFromJSON) {
			      return 'error:NotSupportedError';
			    }
			    const options = PublicKeyCredential.parseRequestOptionsFromJSON(JSON.parse($0));
			    const credential = await navigator.credentials.get({ publicKey: options });
			    return credential ? JSON.stringify(credential.toJSON()) : 'error:NotAllowedError';
			  } catch (e) {
			    return 'error:' + ((e && e.name) ? e.name : 'Error');
			  }
			})();
			""";

	private static final String CREATE = """
			return (async () => {
			  try {
			    if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
			      return 'error:NotSupportedError';
			    }
			    const options = PublicKeyCredential.parseCreationOptionsFromJSON(JSON.parse($0));
			    const credential = await navigator.credentials.create({ publicKey: options });
			    return credential ? JSON.stringify(credential.toJSON()) : 'error:NotAllowedError';
			  } catch (e) {
			    return 'error:' + ((e && e.name) ? e.name : 'Error');
			  }
			})();
			""";

	private PasskeyCeremony() {
	}

	/**
	 * Asks the browser for a passkey signature (sign-in).
	 * @param options the request options, as JSON
	 * @param answer gets the credential's JSON, or {@link #ERROR} and the error's name
	 */
	public static void get(UI ui, String options, Consumer<String> answer) {
		run(ui, GET, options, answer);
	}

	/**
	 * Asks the browser to make a passkey.
	 * @param options the creation options, as JSON
	 * @param answer gets the new credential's JSON, or {@link #ERROR} and the error's
	 * name
	 */
	public static void create(UI ui, String options, Consumer<String> answer) {
		run(ui, CREATE, options, answer);
	}

	/**
	 * Asks the browser whether this device can make a passkey with its own screen lock
	 * (WebAuthn's user-verifying platform authenticator), and keeps the answer in the
	 * HTTP session ({@link SessionKeys#PLATFORM_AUTHENTICATOR}) for the passkey offer
	 * after the sign-in.
	 */
	public static void askPlatformAuthenticator(UI ui) {
		ui.getPage()
			.executeJs("return (window.PublicKeyCredential && PublicKeyCredential"
					+ ".isUserVerifyingPlatformAuthenticatorAvailable) ? PublicKeyCredential"
					+ ".isUserVerifyingPlatformAuthenticatorAvailable().catch(() => false) : false;")
			.then(Boolean.class, (available) -> {
				VaadinSession session = ui.getSession();
				if (session != null) {
					session.getSession()
						.setAttribute(SessionKeys.PLATFORM_AUTHENTICATOR, Boolean.TRUE.equals(available));
				}
			});
	}

	/** Whether an answer is an error rather than a credential. */
	public static boolean failed(String answer) {
		return answer == null || answer.startsWith(ERROR);
	}

	private static void run(UI ui, String script, String options, Consumer<String> answer) {
		ui.getPage()
			.executeJs(script, options)
			.then(String.class, answer::accept, (error) -> answer.accept(ERROR + "ScriptError"));
	}

}
