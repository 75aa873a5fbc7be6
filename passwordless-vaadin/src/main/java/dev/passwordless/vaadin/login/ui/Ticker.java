package dev.passwordless.vaadin.login.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * A tick a second for the countdowns of one page: the page polls the server once a second
 * while at least one countdown runs, and not at all otherwise.
 */
final class Ticker {

	private Ticker() {
	}

	/**
	 * Runs {@code tick} once a second until the returned registration is removed.
	 */
	static Registration everySecond(UI ui, Runnable tick) {
		Registration listener = ui.addPollListener((poll) -> tick.run());
		adjust(ui, 1);
		return () -> {
			listener.remove();
			adjust(ui, -1);
		};
	}

	private static void adjust(UI ui, int change) {
		Integer running = ComponentUtil.getData(ui, Ticker.class.getName()) instanceof Integer count ? count : 0;
		int now = Math.max(0, running + change);
		ComponentUtil.setData(ui, Ticker.class.getName(), now);
		ui.setPollInterval((now > 0) ? 1000 : -1);
	}

}
