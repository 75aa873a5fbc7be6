package dev.passwordless.vaadin.login;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CodeInputTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
			848868|848868
			 848868 |848868
			848 868|848868
			848-868|848868
			84 88 68|848868
			848\u00a0868|848868
			848–868|848868
			Your sign-in code for SMS sign-in is 848868. It expires in 5 minutes.|848868
			SMS sign-in: 848868 is your code. @app.example.com #848868|848868
			""")
	void findWhenTheCodeIsTypedOrPastedInAnyFormThenItsDigits(String text, String code) {
		assertThat(CodeInput.find(text, 6)).contains(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "84886", "8488681", "848868 and 123456", "abcdef", "848 86" })
	void findWhenNoSingleCodeOfTheLengthIsThereThenNothing(String text) {
		assertThat(CodeInput.find(text, 6)).isEmpty();
	}

}
