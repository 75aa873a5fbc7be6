package dev.passwordless.vaadin.e2e.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The example portal as it is deployed: no {@code local} profile, its pool a
 * {@link StandalonePool} named by settings, and one trusted proxy, the only peer at
 * 127.0.0.2 ({@code server.tomcat.remoteip.internal-proxies}), whose
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} the app believes. At most three
 * codes per client address an hour, so the per-address limit shows quickly. Test classes
 * with this annotation share one application, so each uses addresses and phone numbers of
 * its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = ExamplePortal.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.remoteip.internal-proxies=127.0.0.2/32", "passwordless.store.data-directory=",
				"passwordless.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"passwordless.limits.address-sends-per-hour=3", "passwordless.redirect.after-sign-in=/reports" })
@ContextConfiguration(initializers = StandalonePool.class)
public @interface BehindAProxy {

}
