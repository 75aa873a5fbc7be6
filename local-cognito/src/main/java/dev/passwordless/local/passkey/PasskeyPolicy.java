package dev.passwordless.local.passkey;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which passkeys the pool takes: its relying-party id, the origins a ceremony may come
 * from, and whether the user must be verified. An origin must be on the relying-party
 * id's domain (Cognito: the registration origin must match the relying-party id), and, as
 * browsers allow WebAuthn only in a secure context, use {@code https} unless its host is
 * {@code localhost}.
 *
 * @param relyingPartyId the relying-party id, a domain name
 * @param origins the allowed origins, exactly; empty for any origin whose host is the
 * relying-party id, on any port
 * @param userVerificationRequired whether the authenticator must have verified the user
 */
public record PasskeyPolicy(String relyingPartyId, List<String> origins, boolean userVerificationRequired) {

	private static final Pattern DOMAIN_NAME = Pattern
		.compile("(?=.{1,127}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

	public PasskeyPolicy {
		origins = List.copyOf(origins);
	}

	/** Whether the value is a lower-case domain name of at most 127 characters. */
	public static boolean isDomainName(String value) {
		return DOMAIN_NAME.matcher(value).matches();
	}

	/**
	 * Why an origin cannot be configured for this relying-party id, or null when it can.
	 */
	public static String originProblem(String origin, String relyingPartyId) {
		URI uri;
		try {
			uri = new URI(origin);
		}
		catch (URISyntaxException ex) {
			return "is not an origin such as https://app.example.com";
		}
		if (uri.getHost() == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
				|| uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null
				|| !origin.equals(uri.getScheme() + "://" + uri.getRawAuthority())) {
			return "is not an origin such as https://app.example.com";
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (!host.equals(relyingPartyId) && !host.endsWith("." + relyingPartyId)) {
			return "is not on the relying-party id's domain " + relyingPartyId;
		}
		if (!secure(uri.getScheme(), host)) {
			return "must use https (http only for localhost)";
		}
		return null;
	}

	/** Whether a ceremony may come from this origin (the client data's). */
	public boolean allowsOrigin(String origin) {
		if (!this.origins.isEmpty()) {
			return this.origins.contains(origin);
		}
		try {
			URI uri = new URI(origin);
			return uri.getHost() != null && uri.getHost().equals(this.relyingPartyId)
					&& origin.equals(uri.getScheme() + "://" + uri.getRawAuthority())
					&& secure(uri.getScheme(), uri.getHost());
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** The browser's secure-context rule: https, or http on localhost. */
	private static boolean secure(String scheme, String host) {
		return "https".equals(scheme) || "http".equals(scheme) && "localhost".equals(host);
	}

	/** {@code required} or {@code preferred}, as the ceremonies' options say it. */
	public String userVerification() {
		return this.userVerificationRequired ? "required" : "preferred";
	}

}
