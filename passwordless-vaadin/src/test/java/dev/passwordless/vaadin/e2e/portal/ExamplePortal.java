package dev.passwordless.vaadin.e2e.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A second consumer of the module: a minimal portal with its own layout and one view for
 * one Cognito group, and nothing of the sign-in but the dependency. It signs people in to
 * {@code /reports} ({@code passwordless.redirect.after-sign-in}).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class ExamplePortal implements AppShellConfigurator {

}
