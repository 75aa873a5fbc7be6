package dev.passwordless.vaadin.admission;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import dev.passwordless.vaadin.i18n.PasswordlessI18NProvider;
import dev.passwordless.vaadin.operations.SignInMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The door's registration: on by default, off by a setting, its settings checked at
 * start, and a warning when the limit could never be reached.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdmissionAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AdmissionAutoConfiguration.class))
		.withBean(SignInMetrics.class, () -> new SignInMetrics(new SimpleMeterRegistry()))
		.withBean(I18NProvider.class, () -> new PasswordlessI18NProvider(List.of(Locale.ENGLISH), List.of()));

	@Test
	void contextWhenNothingIsSetThenTheDoorIsRegisteredBeforeSpringSecurityWithTheDefaults() {
		this.runner.run((context) -> {
			FilterRegistrationBean<?> door = context.getBean("passwordlessSignInAdmission",
					FilterRegistrationBean.class);
			assertThat(door.getFilter()).isInstanceOf(SignInAdmission.class);
			assertThat(door.getOrder()).isLessThan(-100);
			assertThat(context.getBean(AdmissionProperties.class).busyAt()).isEqualTo(64);
		});
	}

	@Test
	void contextWhenDisabledThenNoDoor() {
		this.runner.withPropertyValues("passwordless.admission.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("passwordlessSignInAdmission"));
	}

	@Test
	void contextWhenTheLimitOrTheWaitIsZeroThenTheStartFails() {
		this.runner.withPropertyValues("passwordless.admission.busy-at=0")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("passwordless.admission.retry-after=0s")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void contextWhenTheLimitIsNotBelowTheServersThreadsThenWarns(CapturedOutput output) {
		this.runner.withPropertyValues("server.tomcat.threads.max=50")
			.run((context) -> assertThat(output)
				.contains("passwordless.admission.busy-at (64) is not below " + "server.tomcat.threads.max (50)"));
	}

}
