package dev.passwordless.vaadin.e2e.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The example portal as a developer runs it: the {@code local} profile, an embedded local
 * Cognito in memory on a free port, signing people in to {@code /reports}. Test classes
 * with this annotation share one application (Spring's test context cache), so each uses
 * phone numbers of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("local")
@SpringBootTest(classes = ExamplePortal.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "passwordless.local-cognito.port=0", "passwordless.local-cognito.data-directory=",
				"passwordless.store.data-directory=", "passwordless.local-cognito.echo-sms=false",
				"passwordless.redirect.after-sign-in=/reports" })
public @interface LocalPortal {

}
