package dev.passwordless.webapp.devinbox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.SmsOutbox;

/**
 * Development only: the SMS the local Cognito "sent", newest first, so someone trying the
 * app offline can read their code. Registered only when the app runs on the embedded
 * local Cognito.
 */
@Route(value = SmsInboxView.PATH, registerAtStartup = false)
@PageTitle("SMS inbox (development)")
@AnonymousAllowed
public class SmsInboxView extends VerticalLayout {

	public static final String PATH = "dev/sms-inbox";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	SmsInboxView(LocalCognito cognito) {
		addClassName("form-card");
		add(new H1("SMS inbox"), new Paragraph("Development only: these messages never left this machine."));
		List<SmsOutbox.Sms> messages = cognito.outbox().messages(null).reversed();
		if (messages.isEmpty()) {
			add(new Paragraph("No messages yet."));
		}
		messages.stream().limit(50).forEach((sms) -> {
			Div item = new Div(new Span(TIME.format(sms.timestamp()) + " to " + masked(sms.phoneNumber())),
					new Paragraph(sms.message()));
			item.addClassName("sms");
			add(item);
		});
	}

	private static String masked(String phone) {
		return "•••" + phone.substring(Math.max(0, phone.length() - 4));
	}

}
