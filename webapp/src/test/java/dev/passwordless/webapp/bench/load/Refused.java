package dev.passwordless.webapp.bench.load;

/** A step answered with a message on the page instead of going on. */
final class Refused extends RuntimeException {

	Refused(String message) {
		super(message);
	}

	/** Whether the message asks the person to wait and try again. */
	boolean withWait() {
		return getMessage().contains("try again");
	}

}
