package dev.passwordless.vaadin.account;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.passwordless.vaadin.audit.AuditKind;
import dev.passwordless.vaadin.audit.AuditQuery;
import dev.passwordless.vaadin.audit.AuditRow;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.audit.JdbcAuditEventRepository;
import dev.passwordless.vaadin.cognito.CognitoPasskeys;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.Passkey;
import dev.passwordless.vaadin.cognito.PasskeyOptions;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.CognitoUser;
import org.springframework.dao.DataAccessException;

/**
 * A signed-in person's passkeys: listed with when each was added (Cognito's) and last
 * signed in with (the audit trail's), added and removed with their access token. Each
 * change goes to the audit trail and the metrics. Whether a fresh sign-in is needed first
 * is the view's to ask.
 */
public class AccountPasskeys {

	/** How many of the person's latest sign-ins are read for "last used". */
	static final int SIGN_INS_READ = 100;

	private final CognitoPasskeys passkeys;

	private final Optional<JdbcAuditEventRepository> trail;

	private final AuditTrail audit;

	private final SignInMetrics metrics;

	public AccountPasskeys(CognitoPasskeys passkeys, Optional<JdbcAuditEventRepository> trail, AuditTrail audit,
			SignInMetrics metrics) {
		this.passkeys = passkeys;
		this.trail = trail;
		this.audit = audit;
		this.metrics = metrics;
	}

	/**
	 * One passkey as "Your account" shows it.
	 *
	 * @param id the credential id
	 * @param name its name, or null when Cognito has none
	 * @param createdAt when it was added
	 * @param lastUsed when it last signed the person in, if the trail knows
	 */
	public record Listed(String id, String name, Instant createdAt, Optional<Instant> lastUsed) {
	}

	/**
	 * The person's passkeys, newest first.
	 * @throws SignInProblem when Cognito cannot be asked
	 */
	public List<Listed> of(CognitoUser user, CognitoTokens tokens) {
		Map<String, Instant> lastUsed = lastUsed(user);
		return this.passkeys.list(tokens)
			.stream()
			.sorted((a, b) -> compare(b.createdAt(), a.createdAt()))
			.map((passkey) -> listed(passkey, lastUsed))
			.toList();
	}

	/**
	 * The options for making a passkey in the browser.
	 * @return empty when the pool has no passkeys
	 */
	public Optional<String> creationOptions(CognitoTokens tokens) {
		return this.passkeys.creationOptions(tokens);
	}

	/**
	 * Adds the passkey the browser made.
	 * @throws SignInProblem when Cognito refuses it or cannot be asked
	 */
	public void add(CognitoUser user, CognitoTokens tokens, String credential) {
		try {
			this.passkeys.register(tokens, credential);
		}
		catch (SignInProblem problem) {
			this.metrics.passkey("register",
					(problem.kind() == SignInProblem.Kind.UNAVAILABLE) ? "unavailable" : "failed");
			throw problem;
		}
		this.metrics.passkey("register", "succeeded");
		this.audit.eventFromHere(AuditKind.PASSKEY_ADDED)
			.user(user.sub())
			.number(user.phoneNumber())
			.with(AuditTrail.CREDENTIAL, PasskeyOptions.credentialId(credential).orElse(""))
			.publish();
	}

	/** The browser made no passkey (cancelled, not supported). */
	public void notAdded() {
		this.metrics.passkey("register", "cancelled");
	}

	/**
	 * Removes one of the person's passkeys.
	 * @throws SignInProblem when Cognito refuses or cannot be asked
	 */
	public void remove(CognitoUser user, CognitoTokens tokens, String credentialId) {
		try {
			this.passkeys.delete(tokens, credentialId);
		}
		catch (SignInProblem problem) {
			this.metrics.passkey("remove",
					(problem.kind() == SignInProblem.Kind.UNAVAILABLE) ? "unavailable" : "failed");
			throw problem;
		}
		this.metrics.passkey("remove", "succeeded");
		this.audit.eventFromHere(AuditKind.PASSKEY_REMOVED)
			.user(user.sub())
			.number(user.phoneNumber())
			.with(AuditTrail.CREDENTIAL, credentialId)
			.publish();
	}

	private Map<String, Instant> lastUsed(CognitoUser user) {
		Map<String, Instant> lastUsed = new HashMap<>();
		try {
			this.trail.ifPresent((repository) -> repository
				.page(new AuditQuery(Optional.of(user.sub()), Optional.of(AuditKind.SIGNED_IN), Optional.empty(),
						Optional.empty()), 0, SIGN_INS_READ)
				.stream()
				.filter((row) -> user.sub().equals(row.principal()))
				.filter((row) -> "passkey".equals(row.details().get(AuditTrail.HOW)))
				.forEach((row) -> remember(lastUsed, row)));
		}
		catch (DataAccessException ex) {
			// the list stands without it
		}
		return lastUsed;
	}

	private static void remember(Map<String, Instant> lastUsed, AuditRow row) {
		String credential = row.details().get(AuditTrail.CREDENTIAL);
		if (credential != null && row.time() != null) {
			lastUsed.merge(credential, row.time(), (a, b) -> a.isAfter(b) ? a : b);
		}
	}

	private static Listed listed(Passkey passkey, Map<String, Instant> lastUsed) {
		return new Listed(passkey.id(), passkey.name(), passkey.createdAt(),
				Optional.ofNullable(lastUsed.get(passkey.id())));
	}

	private static int compare(Instant a, Instant b) {
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : -1) : 1;
		}
		return a.compareTo(b);
	}

}
