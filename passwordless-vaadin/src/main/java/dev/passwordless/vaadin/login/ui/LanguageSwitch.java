package dev.passwordless.vaadin.login.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/**
 * The other languages, each named in itself ("Deutsch"): choosing one switches this
 * browser's session and shows the page again in it.
 */
public class LanguageSwitch extends Nav {

	public LanguageSwitch() {
		addClassName("passwordless-languages");
		getElement().setAttribute("aria-label", getTranslation("passwordless.language.switch"));
		Locale current = getLocale();
		List<Locale> languages = VaadinService.getCurrent().getInstantiator().getI18NProvider().getProvidedLocales();
		for (Locale language : languages) {
			if (language.getLanguage().equals(current.getLanguage())) {
				continue;
			}
			String name = language.getDisplayLanguage(language);
			Button choose = new Button(name.substring(0, 1).toUpperCase(language) + name.substring(1),
					(click) -> switchTo(language));
			choose.setId("language-" + language.toLanguageTag());
			choose.getElement().setAttribute("lang", language.toLanguageTag());
			choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			add(choose);
		}
	}

	/** Sets the page's language for assistive technology and the browser. */
	public static void markLanguage(UI ui) {
		ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
	}

	private static void switchTo(Locale language) {
		VaadinSession.getCurrent().setLocale(language);
		UI ui = UI.getCurrent();
		markLanguage(ui);
		ui.refreshCurrentRoute(true);
	}

}
