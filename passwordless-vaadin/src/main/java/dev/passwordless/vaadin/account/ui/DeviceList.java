package dev.passwordless.vaadin.account.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import dev.passwordless.vaadin.account.Account;
import dev.passwordless.vaadin.account.Browsers;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.Devices;
import dev.passwordless.vaadin.security.SessionKeys;
import org.springframework.dao.DataAccessException;

/**
 * The browsers a person stays signed in on, in "Your account" under its heading: each
 * with when it first signed in and was last used, this one marked, every other one with a
 * button that signs it out.
 */
class DeviceList extends Div {

	private final Account account;

	private final Browsers browsers;

	private final CognitoUser user;

	private final DateTimeFormatter time;

	DeviceList(Account account, Browsers browsers, CognitoUser user, DateTimeFormatter time) {
		this.account = account;
		this.browsers = browsers;
		this.user = user;
		this.time = time;
		setId("devices");
		show();
	}

	/** Lists the browsers again. */
	void show() {
		removeAll();
		String current = (String) VaadinSession.getCurrent().getSession().getAttribute(SessionKeys.DEVICE);
		List<Devices.Device> stayingSignedIn;
		try {
			stayingSignedIn = this.account.devices(this.user, current);
		}
		catch (DataAccessException ex) {
			add(new Paragraph(getTranslation("passwordless.account.unavailable")));
			return;
		}
		if (stayingSignedIn.stream().noneMatch(Devices.Device::current)) {
			Paragraph here = new Paragraph(getTranslation("passwordless.account.this-browser-not-staying"));
			here.setId("this-browser");
			add(here);
		}
		int index = 0;
		for (Devices.Device device : stayingSignedIn) {
			add(card(device, index++));
		}
	}

	private Div card(Devices.Device device, int index) {
		Span name = new Span(BrowserNames.of(this, this.browsers, device.userAgent()));
		name.addClassName("device-name");
		Div card = new Div(name);
		card.setId("device-" + index);
		card.addClassName("device");
		if (device.current()) {
			Span here = new Span(getTranslation("passwordless.account.this-device"));
			here.getElement().getThemeList().add("badge");
			here.setId("this-device");
			card.add(new Span(" "), here);
		}
		String first = (device.firstSignedIn() != null) ? this.time.format(device.firstSignedIn()) : "–";
		card.add(new Paragraph(
				getTranslation("passwordless.account.device-times", first, this.time.format(device.lastUsed()))));
		if (!device.current()) {
			Button out = new Button(getTranslation("passwordless.account.sign-out-device"), (click) -> {
				this.account.signOutDevice(this.user, device.id());
				show();
			});
			out.setId("sign-out-device-" + index);
			card.add(out);
		}
		return card;
	}

}
