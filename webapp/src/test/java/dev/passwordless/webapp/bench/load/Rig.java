package dev.passwordless.webapp.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.passwordless.webapp.bench.load.vaadin.Browser;

/**
 * What every phase of a run uses: the options, the two servers, the people and their
 * addresses, one HTTP client for all their browsers, and the CPU meter.
 */
record Rig(LoadOptions options, WebAppInstance app, StandaloneCognito cognito, People people, ClientAddresses addresses,
		HttpClient http, CpuMeter cpu) {

	/** The next person, in a new browser, about to sign in. */
	SignIn person(boolean stayOnHome) {
		return new SignIn(new Browser(this.http, this.app.base(), this.options.timeout(), this.addresses.next()),
				this.people.next(), this.cognito.outbox(), this.options.reading(), stayOnHome);
	}

	/**
	 * The machine's load averages (1, 5 and 15 minutes), as {@code /proc/loadavg} says.
	 */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " / " + fields[1] + " / " + fields[2];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
