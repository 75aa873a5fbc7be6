package dev.passwordless.vaadin.login.ui;

import java.util.function.IntSupplier;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.passwordless.vaadin.login.CodeInput;

/**
 * The field for the code from the SMS: the numeric keyboard and SMS autofill
 * ({@code autocomplete="one-time-code"}), and a complete code, typed or pasted, submits
 * itself.
 */
class CodeField extends TextField {

	/**
	 * @param submit what a complete code does
	 * @param codeLength how many digits the code has
	 */
	CodeField(Runnable submit, IntSupplier codeLength) {
		setId("code");
		setLabel(getTranslation("passwordless.code.label"));
		setRequiredIndicatorVisible(true);
		setManualValidation(true);
		// the web component passes both on to its input
		getElement().setProperty("autocomplete", "one-time-code");
		getElement().setAttribute("inputmode", "numeric");
		setValueChangeMode(ValueChangeMode.EAGER);
		addValueChangeListener((change) -> {
			if (change.isFromClient()) {
				setInvalid(false);
				CodeInput.find(change.getValue(), codeLength.getAsInt()).ifPresent((found) -> submit.run());
			}
		});
		setWidthFull();
	}

}
