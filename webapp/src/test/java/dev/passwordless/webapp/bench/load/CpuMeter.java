package dev.passwordless.webapp.bench.load;

import java.time.Duration;

/**
 * The CPU time of the three processes of a run: the web app, the local Cognito (with the
 * triggers) and this driver, with the wall-clock time, so a phase's use is the difference
 * of two readings.
 */
final class CpuMeter {

	private final ChildJvm app;

	private final ChildJvm cognito;

	CpuMeter(ChildJvm app, ChildJvm cognito) {
		this.app = app;
		this.cognito = cognito;
	}

	Reading read() {
		return new Reading(System.nanoTime(), this.app.cpu(), this.cognito.cpu(),
				ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
	}

	/** CPU times at one moment. */
	record Reading(long nanoTime, Duration app, Duration cognito, Duration driver) {

		/** What was used since an earlier reading. */
		Use since(Reading earlier) {
			return new Use((this.nanoTime - earlier.nanoTime) / 1e9, millis(this.app.minus(earlier.app)),
					millis(this.cognito.minus(earlier.cognito)), millis(this.driver.minus(earlier.driver)));
		}

		private static double millis(Duration duration) {
			return duration.toNanos() / 1e6;
		}

	}

	/**
	 * CPU used over a while, in milliseconds.
	 *
	 * @param seconds the wall-clock time
	 * @param appMillis the web app's
	 * @param cognitoMillis the local Cognito's
	 * @param driverMillis this driver's
	 */
	record Use(double seconds, double appMillis, double cognitoMillis, double driverMillis) {

	}

}
