package dev.passwordless.vaadin.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.passwordless.rules.NameRule;
import dev.passwordless.rules.PhoneMask;
import dev.passwordless.vaadin.audit.AuditKind;
import dev.passwordless.vaadin.audit.AuditQuery;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.audit.JdbcAuditEventRepository;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.i18n.RefusalWords;
import dev.passwordless.vaadin.login.TypedNumber;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.Devices;
import dev.passwordless.vaadin.security.SignOut;

/**
 * What a signed-in person may do to their own account: change their name, see and sign
 * out the browsers they stay signed in on, see their recent sign-ins, and delete the
 * account. Each change goes to the audit trail and the metrics
 * ({@code passwordless.account.changes}), and move the account to a new number.
 *
 * @see "docs/decisions/005-number-change-with-one-code.md"
 */
public class Account {

	/** How many recent sign-ins are shown. */
	public static final int RECENT_SIGN_INS = 20;

	private final CognitoAuthClient cognito;

	private final Devices devices;

	private final SignOut signOut;

	private final Optional<JdbcAuditEventRepository> trail;

	private final AuditTrail audit;

	private final SignInMetrics metrics;

	private final NumberChanges numbers;

	public Account(CognitoAuthClient cognito, Devices devices, SignOut signOut,
			Optional<JdbcAuditEventRepository> trail, AuditTrail audit, SignInMetrics metrics, NumberChanges numbers) {
		this.cognito = cognito;
		this.devices = devices;
		this.signOut = signOut;
		this.trail = trail;
		this.audit = audit;
		this.metrics = metrics;
		this.numbers = numbers;
	}

	/**
	 * Starts moving the account to a new number (decision 005), after a fresh sign-in:
	 * checked as at registration, then a code to the new number.
	 * @throws dev.passwordless.vaadin.cognito.SignInProblem without a fresh sign-in, for
	 * a number registration would refuse, the same number, a limit, or Cognito away
	 */
	public NumberChange startNumberChange(CognitoUser user, CognitoTokens tokens, TypedNumber typed) {
		return this.numbers.start(user, tokens, typed);
	}

	/**
	 * Answers the code of a number change. After the right one, the account's number is
	 * the new one: written to the audit trail and the metrics.
	 */
	public NumberChange.Answer answerNumberChange(CognitoUser user, NumberChange change, String code) {
		NumberChange.Answer answer = this.numbers.answer(change, code);
		if (answer instanceof NumberChange.Changed) {
			this.audit.eventFromHere(AuditKind.NUMBER_CHANGED)
				.user(user.sub())
				.number(user.phoneNumber())
				.with("newNumber", PhoneMask.mask(change.newNumber()))
				.publish();
			this.metrics.accountChanged("number");
		}
		return answer;
	}

	/**
	 * Changes the person's name, as registration checks names.
	 * @return the name as kept
	 * @throws dev.passwordless.vaadin.cognito.SignInProblem {@code INVALID_NAME} for a
	 * name registration would refuse, or when Cognito refuses or is away
	 */
	public String rename(CognitoUser user, CognitoTokens tokens, String name) {
		RefusalWords.nameProblem(name).ifPresent((problem) -> {
			throw problem;
		});
		String kept = NameRule.normalize(name);
		this.cognito.rename(tokens, kept);
		this.audit.eventFromHere(AuditKind.NAME_CHANGED).user(user.sub()).number(user.phoneNumber()).publish();
		this.metrics.accountChanged("name");
		return kept;
	}

	/** The browsers the person stays signed in on, most recently used first. */
	public List<Devices.Device> devices(CognitoUser user, String currentDevice) {
		return this.devices.of(user.sub(), currentDevice);
	}

	/**
	 * Signs one of the person's browsers out; its next request, on any instance, lands on
	 * the sign-in page.
	 * @return false when it was not theirs or is gone already
	 */
	public boolean signOutDevice(CognitoUser user, String device) {
		boolean done = this.devices.signOut(user.sub(), device);
		if (done) {
			this.audit.eventFromHere(AuditKind.DEVICE_SIGNED_OUT).user(user.sub()).number(user.phoneNumber()).publish();
			this.metrics.accountChanged("device_signed_out");
		}
		return done;
	}

	/**
	 * One sign-in, as the audit trail recorded it.
	 *
	 * @param time when
	 * @param userAgent the browser's {@code User-Agent}, shortened
	 * @param clientAddress the address it came from
	 * @param how {@code code} or {@code stay-signed-in}
	 */
	public record SignIn(Instant time, String userAgent, String clientAddress, String how) {
	}

	/**
	 * The person's last {@value #RECENT_SIGN_INS} sign-ins, newest first; none without
	 * the starter's audit trail.
	 */
	public List<SignIn> recentSignIns(CognitoUser user) {
		return this.trail.map((repository) -> repository
			.page(new AuditQuery(Optional.of(user.sub()), Optional.of(AuditKind.SIGNED_IN), Optional.empty(),
					Optional.empty()), 0, RECENT_SIGN_INS)
			.stream()
			.filter((row) -> user.sub().equals(row.principal()))
			.map((row) -> new SignIn(row.time(), row.userAgent(), row.clientAddress(),
					row.details().getOrDefault(AuditTrail.HOW, "code")))
			.toList()).orElse(List.of());
	}

	/**
	 * Deletes the person's account at Cognito, ends every session and "stay signed in" of
	 * theirs on every instance, and keeps only a pseudonymous row in the audit trail (the
	 * sub and the masked number). The caller signs this browser out.
	 */
	public void delete(CognitoUser user, CognitoTokens tokens) {
		this.cognito.deleteAccount(tokens);
		this.signOut.endEverywhere(tokens.username());
		this.audit.eventFromHere(AuditKind.ACCOUNT_DELETED).user(user.sub()).number(user.phoneNumber()).publish();
		this.metrics.accountChanged("deleted");
	}

}
