package dev.passwordless.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;

/**
 * Triggers for tests that report what they were given through the one channel a trigger
 * has back to the client: a failure whose message Cognito passes on.
 */
final class ProbeHandlers {

	private ProbeHandlers() {
	}

	/** Refuses every sign-up, naming the {@code locale} attribute it saw. */
	public static class PreSignUpLocale
			implements RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> {

		@Override
		public CognitoUserPoolPreSignUpEvent handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) {
			throw new IllegalStateException("locale=" + event.getRequest().getUserAttributes().get("locale"));
		}

	}

	/**
	 * Runs out of time on its first {@code PROBE_SLOW_CALLS} calls (it waits until the
	 * host ends the call), then refuses, naming how many calls it had and whether they
	 * all carried the same event.
	 */
	public static class DefineSlowAtFirst implements
			RequestHandler<CognitoUserPoolDefineAuthChallengeEvent, CognitoUserPoolDefineAuthChallengeEvent> {

		private final int slowCalls;

		private final List<String> events = new ArrayList<>();

		public DefineSlowAtFirst(Map<String, String> environment) {
			this.slowCalls = Integer.parseInt(environment.get("PROBE_SLOW_CALLS"));
		}

		@Override
		public CognitoUserPoolDefineAuthChallengeEvent handleRequest(CognitoUserPoolDefineAuthChallengeEvent event,
				Context context) {
			int call;
			boolean same;
			synchronized (this) {
				this.events.add(event.toString());
				call = this.events.size();
				same = this.events.stream().distinct().count() == 1;
			}
			if (call <= this.slowCalls) {
				try {
					// not a wait for time to pass: the host's time-out ends it
					Thread.sleep(60_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return event;
			}
			throw new IllegalStateException("calls=" + call + ";same=" + same);
		}

	}

	/** Refuses every sign-in, naming the {@code locale} attribute it saw. */
	public static class DefineLocale implements
			RequestHandler<CognitoUserPoolDefineAuthChallengeEvent, CognitoUserPoolDefineAuthChallengeEvent> {

		@Override
		public CognitoUserPoolDefineAuthChallengeEvent handleRequest(CognitoUserPoolDefineAuthChallengeEvent event,
				Context context) {
			throw new IllegalStateException("locale=" + event.getRequest().getUserAttributes().get("locale"));
		}

	}

	/**
	 * Refuses every sign-up, naming the length and a fingerprint of the
	 * {@code CODE_HASH_KEY} setting it was built with (never the key).
	 */
	public static class PreSignUpCodeHashKey
			implements RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> {

		private final String key;

		public PreSignUpCodeHashKey(Map<String, String> environment) {
			this.key = environment.get("CODE_HASH_KEY");
		}

		@Override
		public CognitoUserPoolPreSignUpEvent handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) {
			throw new IllegalStateException((this.key == null) ? "no key"
					: "length=" + this.key.length() + ";fingerprint=" + fingerprint(this.key));
		}

	}

	/**
	 * Refuses every sign-up, naming the {@code ALLOWED_COUNTRIES} setting it was built
	 * with.
	 */
	public static class PreSignUpAllowedCountries
			implements RequestHandler<CognitoUserPoolPreSignUpEvent, CognitoUserPoolPreSignUpEvent> {

		private final String countries;

		public PreSignUpAllowedCountries(Map<String, String> environment) {
			this.countries = environment.get("ALLOWED_COUNTRIES");
		}

		@Override
		public CognitoUserPoolPreSignUpEvent handleRequest(CognitoUserPoolPreSignUpEvent event, Context context) {
			throw new IllegalStateException(
					(this.countries == null) ? "no ALLOWED_COUNTRIES" : "ALLOWED_COUNTRIES=" + this.countries);
		}

	}

	static String fingerprint(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
