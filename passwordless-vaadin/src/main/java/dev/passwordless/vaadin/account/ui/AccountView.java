package dev.passwordless.vaadin.account.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.PasskeysProperties;
import dev.passwordless.vaadin.login.SignInPolicy;
import dev.passwordless.vaadin.login.ui.StepUp;
import dev.passwordless.vaadin.login.ui.Words;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.Devices;
import dev.passwordless.vaadin.security.FreshSignIn;
import dev.passwordless.vaadin.security.SessionKeys;
import dev.passwordless.vaadin.security.SignOut;
import jakarta.annotation.security.PermitAll;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Your account", for every signed-in person: their name (changeable), their number
 * (moved to a new one with a code to each), the browsers they stay signed in on (each can
 * be signed out from here), their recent sign-ins with "Not you? Sign out everywhere",
 * and deleting the account, which asks for a fresh code first.
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

	/** The query parameter after the account moved to a new number. */
	static final String CHANGED = "number-changed";

	private final Account account;

	private final SignOut signOut;

	private final FreshSignIn fresh;

	private final StepUp stepUp;

	private final Browsers browsers;

	private final CognitoUser user;

	private final DateTimeFormatter time;

	private final Div devices = new Div();

	private final SignInPolicy policy;

	private final Paragraph numberNotice = new Paragraph();

	private final PasskeysSection passkeys;

	AccountView(Account account, SignOut signOut, FreshSignIn fresh, StepUp stepUp, Browsers browsers,
			SignInPolicy policy, AuthenticationContext authentication, AccountPasskeys passkeys,
			PasskeysProperties passkeySettings) {
		this.account = account;
		this.policy = policy;
		this.signOut = signOut;
		this.fresh = fresh;
		this.stepUp = stepUp;
		this.browsers = browsers;
		this.user = authentication.getAuthenticatedUser(CognitoUser.class).orElseThrow();
		this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault());
		this.devices.setId("devices");
		this.passkeys = passkeySettings.enabled()
				? new PasskeysSection(passkeys, this.user, this.time, this::removePasskey, this::addPasskey) : null;
		add(new H1(getPageTitle()), nameSection(), numberSection());
		if (this.passkeys != null) {
			add(this.passkeys);
		}
		add(new H2(getTranslation("passwordless.account.devices")), this.devices, signInsSection(), deleteSection());
		showDevices();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("passwordless.account.title");
	}

	/** {@code /account?delete}: after a fresh code, the question whether to delete. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (event.getLocation().getQueryParameters().getParameters().containsKey(CHANGED)) {
			this.numberNotice.setText(getTranslation("passwordless.account.number-changed", this.user.phoneNumber()));
		}
		var parameters = event.getLocation().getQueryParameters().getParameters();
		if (this.passkeys != null && (parameters.containsKey(ADD_PASSKEY) || parameters.containsKey(REMOVE_PASSKEY))) {
			if (!this.fresh.holds(SecurityContextHolder.getContext().getAuthentication())) {
				this.stepUp.before(event, this.user);
				return;
			}
			if (parameters.containsKey(ADD_PASSKEY)) {
				this.passkeys.add();
			}
			else {
				this.passkeys.confirmRemove(parameters.get(REMOVE_PASSKEY).getFirst());
			}
			return;
		}
		if (!parameters.containsKey(DELETE)) {
			return;
		}
		if (!this.fresh.holds(SecurityContextHolder.getContext().getAuthentication())) {
			this.stepUp.before(event, this.user);
			return;
		}
		confirmDelete();
	}

	private VerticalLayout nameSection() {
		TextField name = new TextField(getTranslation("passwordless.register.name"));
		name.setId("account-name");
		name.setValue(this.user.name());
		name.setManualValidation(true);
		name.getElement().setProperty("autocomplete", "name");
		Paragraph saved = new Paragraph();
		saved.setId("name-outcome");
		saved.getElement().setAttribute("role", "status");
		Button save = new Button(getTranslation("passwordless.account.save-name"), (click) -> {
			try {
				name.setValue(this.account.rename(this.user, tokens(), name.getValue()));
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
		VerticalLayout section = new VerticalLayout(new H2(getTranslation("passwordless.account.name")), name, save,
				saved);
		section.setPadding(false);
		return section;
	}

	private VerticalLayout numberSection() {
		Paragraph number = new Paragraph(this.user.phoneNumber());
		number.setId("account-number");
		this.numberNotice.setId("number-outcome");
		this.numberNotice.getElement().setAttribute("role", "status");
		Button change = new Button(getTranslation("passwordless.account.change-number"),
				(click) -> new NumberChangeDialog(this.account, this.policy, this.user, tokens()).open());
		change.setId("change-number");
		VerticalLayout section = new VerticalLayout(new H2(getTranslation("passwordless.account.number")), number,
				this.numberNotice, change);
		section.setPadding(false);
		return section;
	}

	private void showDevices() {
		this.devices.removeAll();
		String current = (String) VaadinSession.getCurrent().getSession().getAttribute(SessionKeys.DEVICE);
		List<Devices.Device> stayingSignedIn;
		try {
			stayingSignedIn = this.account.devices(this.user, current);
		}
		catch (DataAccessException ex) {
			this.devices.add(new Paragraph(getTranslation("passwordless.account.unavailable")));
			return;
		}
		if (stayingSignedIn.stream().noneMatch(Devices.Device::current)) {
			Paragraph here = new Paragraph(getTranslation("passwordless.account.this-browser-not-staying"));
			here.setId("this-browser");
			this.devices.add(here);
		}
		int index = 0;
		for (Devices.Device device : stayingSignedIn) {
			this.devices.add(deviceCard(device, index++));
		}
	}

	private Div deviceCard(Devices.Device device, int index) {
		Span name = new Span(browser(device.userAgent()));
		name.addClassName("device-name");
		Div card = new Div(name);
		card.setId("device-" + index);
		card.addClassName("device");
		if (device.current()) {
			Span here = new Span(getTranslation("passwordless.account.this-device"));
			here.getElement().getThemeList().add("badge");
			here.setId("this-device");
			card.add(new Span(" "), here);
		}
		String first = (device.firstSignedIn() != null) ? this.time.format(device.firstSignedIn()) : "–";
		card.add(new Paragraph(
				getTranslation("passwordless.account.device-times", first, this.time.format(device.lastUsed()))));
		if (!device.current()) {
			Button out = new Button(getTranslation("passwordless.account.sign-out-device"), (click) -> {
				this.account.signOutDevice(this.user, device.id());
				showDevices();
			});
			out.setId("sign-out-device-" + index);
			card.add(out);
		}
		return card;
	}

	private VerticalLayout signInsSection() {
		UnorderedList list = new UnorderedList();
		list.setId("sign-ins");
		List<Account.SignIn> signIns;
		try {
			signIns = this.account.recentSignIns(this.user);
		}
		catch (DataAccessException ex) {
			signIns = List.of();
			list.add(new ListItem(getTranslation("passwordless.account.unavailable")));
		}
		for (Account.SignIn signIn : signIns) {
			String place = Browsers.network(signIn.clientAddress()).orElse("–");
			list.add(new ListItem(getTranslation("passwordless.account.sign-in", this.time.format(signIn.time()),
					browser(signIn.userAgent()), place, getTranslation(how(signIn)))));
		}
		Button notYou = new Button(getTranslation("passwordless.account.not-you"),
				(click) -> this.signOut.signOutEverywhere());
		notYou.setId("not-you");
		notYou.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		VerticalLayout section = new VerticalLayout(new H2(getTranslation("passwordless.account.sign-ins")), list,
				notYou);
		section.setPadding(false);
		return section;
	}

	private static String how(Account.SignIn signIn) {
		return switch (signIn.how()) {
			case "stay-signed-in" -> "passwordless.account.how.stay-signed-in";
			case "passkey" -> "passwordless.account.how.passkey";
			default -> "passwordless.account.how.code";
		};
	}

	private VerticalLayout deleteSection() {
		Button delete = new Button(getTranslation("passwordless.account.delete"),
				(click) -> getUI().ifPresent((ui) -> ui.navigate(AccountView.class, QueryParameters.of(DELETE, ""))));
		delete.setId("delete-account");
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		VerticalLayout section = new VerticalLayout(new H2(getTranslation("passwordless.account.leave")),
				new Paragraph(getTranslation("passwordless.account.delete-intro")), delete);
		section.setPadding(false);
		return section;
	}

	private void confirmDelete() {
		Dialog confirm = new Dialog();
		confirm.setHeaderTitle(getTranslation("passwordless.account.delete-title"));
		confirm.add(new Paragraph(getTranslation("passwordless.account.delete-question")));
		Paragraph problem = new Paragraph();
		problem.setId("delete-problem");
		problem.getElement().setAttribute("role", "alert");
		confirm.add(problem);
		Button yes = new Button(getTranslation("passwordless.account.delete"), (click) -> {
			if (!this.fresh.holds(SecurityContextHolder.getContext().getAuthentication())) {
				// the dialog stayed open past the fresh sign-in: ask for a code again
				confirm.close();
				getUI().ifPresent((ui) -> ui.getPage().setLocation(PATH + "?" + DELETE));
				return;
			}
			try {
				this.account.delete(this.user, tokens());
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

	private String browser(String userAgent) {
		return this.browsers.name(userAgent).map((named) -> {
			if (named.browser() != null && named.system() != null) {
				return getTranslation("passwordless.account.browser-on", named.browser(), named.system());
			}
			return (named.browser() != null) ? named.browser() : named.system();
		}).orElse(getTranslation("passwordless.account.unknown-browser"));
	}

	private void removePasskey(String id) {
		freshFirst(REMOVE_PASSKEY, id, () -> this.passkeys.confirmRemove(id));
	}

	private void addPasskey() {
		freshFirst(ADD_PASSKEY, "", this.passkeys::add);
	}

	/**
	 * Runs what needs a fresh sign-in now if the session has one, else goes through a
	 * step-up to this page with the parameter that asks for it again.
	 */
	private void freshFirst(String parameter, String value, Runnable action) {
		if (this.fresh.holds(SecurityContextHolder.getContext().getAuthentication())) {
			action.run();
			return;
		}
		getUI().ifPresent((ui) -> ui.navigate(AccountView.class, QueryParameters.of(parameter, value)));
	}

	static CognitoTokens tokens() {
		return (CognitoTokens) VaadinSession.getCurrent().getSession().getAttribute(SessionKeys.TOKENS);
	}

}
