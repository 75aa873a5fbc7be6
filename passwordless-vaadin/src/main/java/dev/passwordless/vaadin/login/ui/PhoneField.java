package dev.passwordless.vaadin.login.ui;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import dev.passwordless.vaadin.login.PhoneNumberFormats;
import dev.passwordless.vaadin.login.TypedNumber;

/**
 * A phone number as people know theirs: the country (its name and calling code) beside
 * the number as written there. The country is chosen at first from the configuration,
 * then from the browser's language and region; a number typed with its {@code +} and
 * country code works whatever the country says. The field gets a telephone keyboard and
 * the browser's autofill of the person's own number.
 */
public class PhoneField extends Composite<Div> {

	/** When neither the configuration nor the browser names a country. */
	static final String FALLBACK_COUNTRY = "US";

	private final ComboBox<String> country = new ComboBox<>();

	private final TextField number = new TextField();

	/**
	 * @param configuredCountry {@code passwordless.default-country}, empty for the
	 * browser's
	 * @param allowedCountries {@code passwordless.allowed-countries}: only these are
	 * offered
	 */
	public PhoneField(String configuredCountry, List<String> allowedCountries) {
		Locale language = getLocale();
		this.country.setId("country");
		this.country.setLabel(getTranslation("passwordless.phone.country"));
		List<String> offered = PhoneNumberFormats.regions(language)
			.stream()
			.filter(allowedCountries::contains)
			.toList();
		this.country.setItems(offered);
		this.country.setItemLabelGenerator((region) -> PhoneNumberFormats.countryLabel(region, language));
		this.country.setAllowCustomValue(false);
		this.country.setWidthFull();
		String preferred = defaultCountry(configuredCountry, VaadinRequest.getCurrent());
		this.country.setValue(offered.contains(preferred) ? preferred
				: allowedCountries.stream().filter(offered::contains).findFirst().orElse(null));
		this.country.addValueChangeListener((change) -> example());
		this.number.setId("phone");
		this.number.setLabel(getTranslation("passwordless.phone.label"));
		this.number.setRequiredIndicatorVisible(true);
		this.number.setManualValidation(true);
		this.number.getElement().setProperty("autocomplete", "tel");
		// a telephone keyboard (the component passes inputmode on to its input)
		this.number.getElement().setAttribute("inputmode", "tel");
		this.number.setWidthFull();
		this.number.addValueChangeListener((change) -> {
			if (change.isFromClient()) {
				this.number.setInvalid(false);
			}
		});
		example();
		getContent().addClassName("passwordless-phone");
		getContent().add(this.country, this.number);
	}

	/** What is in the form. */
	public TypedNumber value() {
		String region = (this.country.getValue() != null) ? this.country.getValue() : FALLBACK_COUNTRY;
		return new TypedNumber(region, this.number.getValue());
	}

	/** Shows a number again, e.g. after "Wrong number? Edit". */
	public void setValue(TypedNumber typed) {
		if (PhoneNumberFormats.supported(typed.region()) && this.country.getListDataView().contains(typed.region())) {
			this.country.setValue(typed.region());
		}
		this.number.setValue(typed.number());
	}

	/** A problem with the number, on the number's field (announced by it, once). */
	public void showError(String text) {
		this.number.setErrorMessage(text);
		this.number.setInvalid(true);
	}

	public void clearError() {
		this.number.setInvalid(false);
	}

	public void focus() {
		this.number.focus();
	}

	private void example() {
		String region = this.country.getValue();
		this.number.setHelperText((region == null) ? null
				: PhoneNumberFormats.example(region)
					.map((example) -> getTranslation("passwordless.phone.example", example))
					.orElse(null));
	}

	/**
	 * The configured country, else the region of the browser's first language that names
	 * one ("de-DE"), else the country named like a language alone ("de": DE), else the
	 * US.
	 */
	static String defaultCountry(String configured, VaadinRequest request) {
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		List<Locale> languages = (request != null) ? Collections.list(request.getLocales()) : List.of();
		return languages.stream()
			.map(Locale::getCountry)
			.filter(PhoneNumberFormats::supported)
			.findFirst()
			.or(() -> languages.stream()
				.map((language) -> language.getLanguage().toUpperCase(Locale.ROOT))
				.filter(PhoneNumberFormats::supported)
				.findFirst())
			.orElse(FALLBACK_COUNTRY);
	}

}
