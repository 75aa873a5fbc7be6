package dev.passwordless.vaadin.devinbox.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.SmsOutbox;
import dev.passwordless.vaadin.login.MaskedPhone;
import dev.passwordless.vaadin.login.ui.SignInPages;
import dev.passwordless.vaadin.security.SignInRoutes;

/**
 * Development only: the SMS the local Cognito "sent", newest first, so someone trying the
 * app offline can read their code. Registered only when the app runs on the embedded
 * local Cognito.
 */
@Route(value = SignInRoutes.DEV_SMS_INBOX, registerAtStartup = false)
@AnonymousAllowed
@StyleSheet(SignInPages.STYLESHEET)
public class SmsInboxView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	SmsInboxView(LocalCognito cognito) {
		addClassName(SignInPages.CARD);
		add(new H1(getTranslation("passwordless.inbox.heading")),
				new Paragraph(getTranslation("passwordless.inbox.intro")));
		List<SmsOutbox.Sms> messages = cognito.outbox().messages(null).reversed();
		if (messages.isEmpty()) {
			add(new Paragraph(getTranslation("passwordless.inbox.empty")));
		}
		messages.stream().limit(50).forEach((sms) -> {
			Div item = new Div(new Span(getTranslation("passwordless.inbox.sent", TIME.format(sms.timestamp()),
					MaskedPhone.of(sms.phoneNumber()))), new Paragraph(sms.message()));
			item.addClassName("passwordless-sms");
			add(item);
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("passwordless.inbox.title");
	}

}
