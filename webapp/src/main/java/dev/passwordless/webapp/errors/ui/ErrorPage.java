package dev.passwordless.webapp.errors.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import dev.passwordless.webapp.home.ui.HomeView;

/**
 * An error page inside the app's layout: a heading that says what happened, a sentence,
 * and the way back home.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

	private final String titleKey;

	ErrorPage(String titleKey, String explanationKey) {
		this.titleKey = titleKey;
		addClassName("form-card");
		setId("error-page");
		RouterLink home = new RouterLink(getTranslation("app.error.home"), HomeView.class);
		home.setId("back-home");
		add(new H1(getPageTitle()), new Paragraph(getTranslation(explanationKey)), new Paragraph(home));
	}

	@Override
	public String getPageTitle() {
		return getTranslation(this.titleKey);
	}

}
