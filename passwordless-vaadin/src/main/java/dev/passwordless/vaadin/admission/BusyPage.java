package dev.passwordless.vaadin.admission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import dev.passwordless.vaadin.i18n.WaitTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a browser turned away at the door gets: one sentence with the wait in its
 * language, HTTP 503 with {@code Retry-After}, and a "Try again" link to the very address
 * it asked for (an empty link: its query, such as "you were signed out", is kept). No
 * automatic refresh: a page that reloads itself on a timer takes control away from people
 * using a screen reader (WCAG 2.2.1, axe-core's {@code meta-refresh}), and people who
 * come back after their own wait are spread out. Plain HTML with one style sheet and no
 * script (it is written before Spring Security, so it sets its own strict headers: only
 * that style sheet, by its hash; HSTS by Spring Security's own writer with its defaults,
 * on requests that came over TLS, as the starter's filter chain sends it on every other
 * page: a portal that sets its own HSTS in its security configuration does not change
 * this page's); the sentence is a status message.
 */
class BusyPage {

	/** The sentence, with the wait in words (as when Cognito throttles the app). */
	static final String BUSY = "passwordless.sign-in.busy";

	/** The link to the page asked for. */
	static final String TRY_AGAIN = "passwordless.sign-in.busy.try-again";

	private static final String SIGN_IN = "passwordless.login.title";

	private static final String REGISTER = "passwordless.register.title";

	private static final String STYLE = "body{margin:0;padding:2rem 1rem;font-family:system-ui,sans-serif;"
			+ "line-height:1.5;color:#1a1a1a}main{max-width:28rem;margin:0 auto}a{color:#0b57d0}";

	private static final String POLICY = "default-src 'none'; img-src 'self'; style-src 'sha256-" + sha256(STYLE)
			+ "'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	private final HstsHeaderWriter hsts = new HstsHeaderWriter();

	private final I18NProvider words;

	BusyPage(I18NProvider words) {
		this.words = words;
	}

	/**
	 * Answers the request with the page.
	 * @param retryAfter the wait it names
	 * @param registration whether the registration page was asked for (else the sign-in
	 * page)
	 */
	void write(HttpServletRequest request, HttpServletResponse response, Duration retryAfter, boolean registration)
			throws IOException {
		Locale language = language(request);
		String title = registration ? REGISTER : SIGN_IN;
		long seconds = Math.max(1, retryAfter.toSeconds());
		String wait = WaitTime.inWords(seconds, (key, value) -> this.words.getTranslation(key, language, value));
		String html = """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<style>%s</style>
				<title>%s</title>
				</head>
				<body>
				<main>
				<h1>%s</h1>
				<p id="message" role="status">%s</p>
				<p><a href="">%s</a></p>
				</main>
				</body>
				</html>
				""".formatted(language.toLanguageTag(), STYLE, text(title, language), text(title, language),
				HtmlUtils.htmlEscape(this.words.getTranslation(BUSY, language, wait)), text(TRY_AGAIN, language));
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Long.toString(seconds));
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Security-Policy", POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		this.hsts.writeHeaders(request, response);
		response.setContentType("text/html;charset=UTF-8");
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String text(String key, Locale language) {
		return HtmlUtils.htmlEscape(this.words.getTranslation(key, language));
	}

	/** The first of the browser's languages the app offers, else the app's first. */
	private Locale language(HttpServletRequest request) {
		List<Locale> offered = this.words.getProvidedLocales();
		for (Locale wanted : Collections.list(request.getLocales())) {
			for (Locale candidate : offered) {
				if (candidate.getLanguage().equals(wanted.getLanguage())) {
					return candidate;
				}
			}
		}
		return offered.isEmpty() ? Locale.ENGLISH : offered.get(0);
	}

}
