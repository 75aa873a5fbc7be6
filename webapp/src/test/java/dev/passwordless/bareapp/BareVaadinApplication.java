package dev.passwordless.bareapp;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The start-up benchmark's baseline (not a test, not the example): a bare Spring Boot +
 * Vaadin app with one view, on the web app's class path but without the sign-in module
 * (its auto-configurations excluded) and without Spring Security (whose
 * auto-configurations would otherwise lock every page). Its one view answers at
 * {@code /login}, so that the first page after start is the same request as the web
 * app's. Outside {@code dev.passwordless.webapp} on purpose: the web app's component scan
 * would otherwise pick it up in tests (and apply its exclusions). Started by
 * {@link dev.passwordless.webapp.bench.WebAppStartUpBenchmark}.
 */
@SpringBootApplication(excludeName = { "dev.passwordless.vaadin.offline.LocalCognitoAutoConfiguration",
		"dev.passwordless.vaadin.cognito.CognitoAutoConfiguration",
		"dev.passwordless.vaadin.store.StoreAutoConfiguration",
		"dev.passwordless.vaadin.operations.OperationsAutoConfiguration",
		"dev.passwordless.vaadin.audit.PasswordlessAuditAutoConfiguration",
		"dev.passwordless.vaadin.security.PasswordlessSecurityAutoConfiguration",
		"dev.passwordless.vaadin.login.LoginAutoConfiguration",
		"dev.passwordless.vaadin.admission.AdmissionAutoConfiguration",
		"dev.passwordless.vaadin.PasswordlessViewsAutoConfiguration",
		"dev.passwordless.vaadin.admin.AdminAutoConfiguration",
		"dev.passwordless.vaadin.account.AccountAutoConfiguration",
		"dev.passwordless.vaadin.i18n.I18nAutoConfiguration",
		"dev.passwordless.vaadin.audit.ui.AuditViewAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration" })
public class BareVaadinApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareVaadinApplication.class, args);
	}

	/** The one view: a heading, a field and a button. */
	@Route("login")
	public static class LoginView extends VerticalLayout {

		public LoginView() {
			add(new H1("Sign in"), new TextField("Phone number"), new Button("Send code"));
		}

	}

}
