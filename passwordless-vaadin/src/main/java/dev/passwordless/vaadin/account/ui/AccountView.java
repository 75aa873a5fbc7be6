package dev.passwordless.vaadin.account.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.passwordless.vaadin.account.Account;
import dev.passwordless.vaadin.account.AccountPasskeys;
import dev.passwordless.vaadin.account.Browsers;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.login.PasskeysProperties;
import dev.passwordless.vaadin.login.SignInPolicy;
import dev.passwordless.vaadin.login.ui.StepUp;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.FreshSignIn;
import dev.passwordless.vaadin.security.SessionKeys;
import dev.passwordless.vaadin.security.SignOut;
import jakarta.annotation.security.PermitAll;

/**
 * "Your account", for every signed-in person: their name (changeable), their number
 * (moved to a new one with a code to it, after a fresh sign-in), the browsers they stay
 * signed in on (each can be signed out from here), their recent sign-ins with "Not you?
 * Sign out everywhere", and deleting the account, which asks for a fresh code first.
 */
@Route(value = AccountView.PATH, registerAtStartup = false)
@PermitAll
public class AccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The route. */
	public static final String PATH = "account";

	/** The query parameter that asks to delete the account (after a step-up). */
	static final String DELETE = "delete";

	/** The query parameter that asks to add a passkey (after a step-up). */
	static final String ADD_PASSKEY = "add-passkey";

	/** The query parameter that asks to remove a passkey, by id (after a step-up). */
	static final String REMOVE_PASSKEY = "remove-passkey";

	/** The query parameter that asks to change the number (after a step-up). */
	static final String CHANGE_NUMBER = "change-number";

	/** The query parameter after the account moved to a new number. */
	static final String CHANGED = "number-changed";

	private final FreshSignIn fresh;

	private final StepUp stepUp;

	private final CognitoUser user;

	private final NumberSection number;

	private final PasskeysSection passkeys;

	private final DeleteSection delete;

	AccountView(Account account, SignOut signOut, FreshSignIn fresh, StepUp stepUp, Browsers browsers,
			SignInPolicy policy, AuthenticationContext authentication, AccountPasskeys passkeys,
			PasskeysProperties passkeySettings) {
		this.fresh = fresh;
		this.stepUp = stepUp;
		this.user = authentication.getAuthenticatedUser(CognitoUser.class).orElseThrow();
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		this.number = new NumberSection(account, policy, this.user, this::changeNumber, fresh::holdsNow);
		this.passkeys = passkeySettings.enabled()
				? new PasskeysSection(passkeys, this.user, time, this::removePasskey, this::addPasskey, fresh::holdsNow)
				: null;
		this.delete = new DeleteSection(account, signOut, fresh, this.user);
		add(new H1(getPageTitle()), new NameSection(account, this.user), this.number);
		if (this.passkeys != null) {
			add(this.passkeys);
		}
		add(new H2(getTranslation("passwordless.account.devices")), new DeviceList(account, browsers, this.user, time),
				new SignInsSection(account, signOut, browsers, this.user, time), this.delete);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("passwordless.account.title");
	}

	/**
	 * {@code /account?delete} and the others that need a fresh sign-in: with one, what
	 * they ask for; without, a step-up back here first.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		if (parameters.containsKey(CHANGED)) {
			this.number.changed();
		}
		Optional<Runnable> asked = needingAFreshSignIn(parameters);
		if (asked.isEmpty()) {
			return;
		}
		if (!this.fresh.holdsNow()) {
			this.stepUp.before(event, this.user);
			return;
		}
		asked.get().run();
	}

	/**
	 * What the query parameters ask for that needs a fresh sign-in: adding or removing a
	 * passkey, changing the number, deleting the account.
	 */
	private Optional<Runnable> needingAFreshSignIn(Map<String, List<String>> parameters) {
		if (this.passkeys != null && parameters.containsKey(ADD_PASSKEY)) {
			return Optional.of(this.passkeys::readyToAdd);
		}
		if (this.passkeys != null && parameters.containsKey(REMOVE_PASSKEY)) {
			String id = parameters.get(REMOVE_PASSKEY).getFirst();
			return Optional.of(() -> this.passkeys.confirmRemove(id));
		}
		if (parameters.containsKey(CHANGE_NUMBER)) {
			return Optional.of(this.number::openDialog);
		}
		if (parameters.containsKey(DELETE)) {
			return Optional.of(this.delete::confirm);
		}
		return Optional.empty();
	}

	private void removePasskey(String id) {
		freshFirst(REMOVE_PASSKEY, id, () -> this.passkeys.confirmRemove(id));
	}

	private void changeNumber() {
		freshFirst(CHANGE_NUMBER, "", this.number::openDialog);
	}

	private void addPasskey() {
		freshFirst(ADD_PASSKEY, "", this.passkeys::add);
	}

	/**
	 * Runs what needs a fresh sign-in now if the session has one, else goes through a
	 * step-up to this page with the parameter that asks for it again.
	 */
	private void freshFirst(String parameter, String value, Runnable action) {
		if (this.fresh.holdsNow()) {
			action.run();
			return;
		}
		getUI().ifPresent((ui) -> ui.navigate(AccountView.class, QueryParameters.of(parameter, value)));
	}

	static CognitoTokens tokens() {
		return (CognitoTokens) VaadinSession.getCurrent().getSession().getAttribute(SessionKeys.TOKENS);
	}

}
