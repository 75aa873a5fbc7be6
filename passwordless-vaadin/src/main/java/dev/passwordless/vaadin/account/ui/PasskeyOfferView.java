package dev.passwordless.vaadin.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.passwordless.vaadin.account.AccountPasskeys;
import dev.passwordless.vaadin.login.ui.SignInPages;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.FreshSignIn;
import dev.passwordless.vaadin.security.PasskeyOffers;
import dev.passwordless.vaadin.security.SessionKeys;
import dev.passwordless.vaadin.security.SignInRoutes;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Once, after a sign-in by code on a browser that was not offered one lately: "Sign in
 * faster next time with a passkey", create one or not now. Either way the person goes on
 * where the sign-in was leading, and this browser is not asked again for a while
 * ({@link PasskeyOffers}). A ceremony that makes nothing leaves them here with one
 * sentence and both choices.
 */
@Route(value = SignInRoutes.PASSKEY_OFFER, registerAtStartup = false)
@PermitAll
@StyleSheet(SignInPages.STYLESHEET)
public class PasskeyOfferView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final AccountPasskeys passkeys;

	private final PasskeyOffers offers;

	private final CognitoUser user;

	private final Paragraph outcome = new Paragraph();

	private final FreshSignIn fresh;

	PasskeyOfferView(AccountPasskeys passkeys, PasskeyOffers offers, FreshSignIn fresh,
			AuthenticationContext authentication) {
		this.passkeys = passkeys;
		this.offers = offers;
		this.fresh = fresh;
		this.user = authentication.getAuthenticatedUser(CognitoUser.class).orElseThrow();
		addClassName(SignInPages.CARD);
		Button create = new Button(getTranslation("passwordless.passkey.create"), (click) -> create());
		create.setId("create-passkey");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button notNow = new Button(getTranslation("passwordless.passkey.not-now"), (click) -> {
			this.offers.declined(response());
			goOn();
		});
		notNow.setId("not-now");
		notNow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.outcome.setId("passkey-outcome");
		this.outcome.getElement().setAttribute("role", "alert");
		H1 title = new H1(getPageTitle());
		title.setId("passkey-offer-title");
		add(title, new Paragraph(getTranslation("passwordless.passkey.offer-intro")), create, notNow, this.outcome);
	}

	/**
	 * Only right after a sign-in by code that led here, with that fresh code: anyone else
	 * (a session restored by "stay signed in", an old one, a typed address) goes on as if
	 * the offer had been declined, without a passkey made.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Object target = VaadinSession.getCurrent().getSession().getAttribute(SessionKeys.AFTER_PASSKEY_OFFER);
		if (!(target instanceof String) || !this.fresh.holdsNow()) {
			event.forwardToUrl((target instanceof String location) ? location : "/");
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("passwordless.passkey.offer-title");
	}

	private void create() {
		if (!this.fresh.holdsNow()) {
			goOn();
			return;
		}
		PasskeyMaking.make(this, this.passkeys, this.user, AccountView.tokens(), this.outcome, this::goOn, () -> {
			this.offers.added(response());
			Notification.show(getTranslation("passwordless.passkey.added"));
			goOn();
		});
	}

	/** Where the sign-in was leading. */
	private void goOn() {
		Object target = VaadinSession.getCurrent().getSession().getAttribute(SessionKeys.AFTER_PASSKEY_OFFER);
		VaadinSession.getCurrent().getSession().removeAttribute(SessionKeys.AFTER_PASSKEY_OFFER);
		String location = (target instanceof String local) ? local : "/";
		// relative to the application's base, whatever its context path
		UI.getCurrent().getPage().setLocation("./" + (location.startsWith("/") ? location.substring(1) : location));
	}

	private static HttpServletResponse response() {
		return ((VaadinServletResponse) VaadinService.getCurrentResponse()).getHttpServletResponse();
	}

}
