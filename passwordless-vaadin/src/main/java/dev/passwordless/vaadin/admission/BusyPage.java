package dev.passwordless.vaadin.admission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.flow.i18n.I18NProvider;
import dev.passwordless.vaadin.i18n.WaitTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.HtmlUtils;

/**
 * The page a browser turned away at the door gets: one sentence with the wait in its
 * language, HTTP 503 with {@code Retry-After}, and a refresh after the wait plus up to
 * half of it at random, so the page tries again by itself and the returning crowd is
 * spread. Plain HTML without script or style (it is written before Spring Security, so it
 * sets its own strict headers), readable by screen readers: the sentence is a status
 * message.
 */
public class BusyPage {

	/** The sentence, with the wait in words (as when Cognito throttles the app). */
	static final String BUSY = "passwordless.sign-in.busy";

	/** That the page tries again by itself. */
	static final String RETRYING = "passwordless.busy.retrying";

	private static final String TITLE = "passwordless.login.title";

	private final I18NProvider words;

	public BusyPage(I18NProvider words) {
		this.words = words;
	}

	/**
	 * Answers the request with the page.
	 * @param retryAfter the wait it names
	 */
	void write(HttpServletRequest request, HttpServletResponse response, Duration retryAfter) throws IOException {
		Locale language = language(request);
		long seconds = Math.max(1, retryAfter.toSeconds());
		long refresh = seconds + ThreadLocalRandom.current().nextLong(seconds / 2 + 1);
		String wait = WaitTime.inWords(seconds, (key, value) -> this.words.getTranslation(key, language, value));
		String html = """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<meta http-equiv="refresh" content="%d">
				<title>%s</title>
				</head>
				<body>
				<main>
				<h1>%s</h1>
				<p id="message" role="status">%s</p>
				<p>%s</p>
				</main>
				</body>
				</html>
				""".formatted(language.toLanguageTag(), refresh, text(TITLE, language), text(TITLE, language),
				HtmlUtils.htmlEscape(this.words.getTranslation(BUSY, language, wait)), text(RETRYING, language));
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Long.toString(seconds));
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setContentType("text/html;charset=UTF-8");
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
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
