package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.passwordless.vaadin.login.AccountEntry;
import dev.passwordless.vaadin.security.SignInRoutes;

/**
 * After the code, when an account for the number existed already (a registration of a
 * registered number, or an account idle for longer than numbers stay with their owners):
 * the person says whether it is theirs before anything is entered. Without such a sign-in
 * waiting, the view leads to the sign-in page.
 */
@Route(value = SignInRoutes.EXISTING_ACCOUNT, registerAtStartup = false)
@AnonymousAllowed
@StyleSheet(SignInPages.STYLESHEET)
public class ExistingAccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final AccountEntry entry;

	ExistingAccountView(AccountEntry entry) {
		this.entry = entry;
		addClassName(SignInPages.CARD);
		Button proceed = new Button(getTranslation("passwordless.existing.continue"), (click) -> proceed());
		proceed.setId("continue-existing");
		proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button notMine = new Button(getTranslation("passwordless.existing.not-mine"), (click) -> notMine());
		notMine.setId("not-mine");
		add(new H1(getPageTitle()), new Paragraph(getTranslation("passwordless.existing.intro")),
				new Paragraph(getTranslation("passwordless.existing.why")), new HorizontalLayout(proceed, notMine),
				new LanguageSwitch());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("passwordless.existing.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.entry.waiting().isEmpty()) {
			event.forwardTo(SignInRoutes.LOGIN);
		}
	}

	private void proceed() {
		UI.getCurrent().getPage().setLocation(this.entry.continueToIt());
	}

	private void notMine() {
		this.entry.decline();
		UI.getCurrent().getPage().setLocation(SignInRoutes.LOGIN + "?" + SignInRoutes.NOT_YOURS);
	}

}
