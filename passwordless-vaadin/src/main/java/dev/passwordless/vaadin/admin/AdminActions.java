package dev.passwordless.vaadin.admin;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.security.CognitoUser;
import dev.passwordless.vaadin.security.SignOut;

/**
 * What an administrator may do to a person, with the administration's rules: only an
 * administrator with a fresh sign-in, asked at every action; nobody disables, deletes or
 * takes administration from themselves; whoever is disabled, deleted, signed out
 * everywhere or loses a group loses every session and "stay signed in" on every instance
 * at once, not only at Cognito.
 */
public class AdminActions {

	private static final String DONE = "done";

	private final CognitoAdministration cognito;

	private final Consumer<String> endSessions;

	private final String adminGroup;

	private final AuditTrail audit;

	private final BooleanSupplier mayAdminister;

	/**
	 * @param cognito the administration's Cognito calls
	 * @param endSessions ends every session and "stay signed in" of a user name, on every
	 * instance ({@link SignOut#endEverywhere})
	 * @param adminGroup the administrators' group
	 * @param audit where each action and its outcome is written, with its actor
	 * @param mayAdminister whether the one asking may act now: a member of the group with
	 * a fresh sign-in, asked again at every action (a page opened earlier does not keep
	 * the right)
	 */
	public AdminActions(CognitoAdministration cognito, Consumer<String> endSessions, String adminGroup,
			AuditTrail audit, BooleanSupplier mayAdminister) {
		this.cognito = cognito;
		this.endSessions = endSessions;
		this.adminGroup = adminGroup;
		this.audit = audit;
		this.mayAdminister = mayAdminister;
	}

	/** Invites a person into these groups; see {@link CognitoAdministration#invite}. */
	public PortalUser invite(CognitoUser actor, String name, String phoneNumber, Set<String> groups) {
		try {
			allowed();
			PortalUser invited = this.cognito.invite(name, phoneNumber, groups);
			this.audit.admin(actor.sub(), invited.username(), phoneNumber, "invite " + String.join(",", groups), DONE);
			return invited;
		}
		catch (AdminProblem problem) {
			this.audit.admin(actor.sub(), AuditTrail.UNKNOWN, phoneNumber, "invite", refusal(problem));
			throw problem;
		}
	}

	/** Puts a person in exactly these groups. */
	public void setGroups(CognitoUser actor, PortalUser person, Set<String> groups) {
		audited(actor, person, "groups " + String.join(",", new TreeSet<>(groups)), () -> {
			if (isSelf(actor, person) && !groups.contains(this.adminGroup)) {
				throw refused("passwordless.admin.not-yourself");
			}
			if (this.cognito.setGroups(person.username(), groups)) {
				// a group taken away: their sessions carry it until they sign in again
				this.endSessions.accept(person.username());
			}
		});
	}

	/** The person may no longer sign in, and every session of theirs ends. */
	public void disable(CognitoUser actor, PortalUser person) {
		audited(actor, person, "disable", () -> {
			notYourself(actor, person);
			this.cognito.disable(person.username());
			this.endSessions.accept(person.username());
		});
	}

	/** A disabled person may sign in again. */
	public void enable(CognitoUser actor, PortalUser person) {
		audited(actor, person, "enable", () -> this.cognito.enable(person.username()));
	}

	/** Every session and "stay signed in" of the person ends, on every device. */
	public void signOutEverywhere(CognitoUser actor, PortalUser person) {
		audited(actor, person, "sign-out-everywhere", () -> {
			this.cognito.signOutEverywhere(person.username());
			this.endSessions.accept(person.username());
		});
	}

	/** The person's account is deleted and every session of theirs ends. */
	public void delete(CognitoUser actor, PortalUser person) {
		audited(actor, person, "delete", () -> {
			notYourself(actor, person);
			this.cognito.delete(person.username());
			this.endSessions.accept(person.username());
		});
	}

	/** Takes an action and writes it to the audit trail, done or refused. */
	private void audited(CognitoUser actor, PortalUser person, String action, Runnable act) {
		try {
			allowed();
			act.run();
			this.audit.admin(actor.sub(), person.username(), person.phoneNumber(), action, DONE);
		}
		catch (AdminProblem problem) {
			this.audit.admin(actor.sub(), person.username(), person.phoneNumber(), action, refusal(problem));
			throw problem;
		}
	}

	/** The one asking is still an administrator with a fresh sign-in. */
	private void allowed() {
		if (!this.mayAdminister.getAsBoolean()) {
			throw new AdminProblem(AdminProblem.Kind.REFUSED, "passwordless.admin.sign-in-again");
		}
	}

	private static String refusal(AdminProblem problem) {
		return "refused:" + problem.kind().name().toLowerCase(Locale.ROOT);
	}

	private void notYourself(CognitoUser actor, PortalUser person) {
		if (isSelf(actor, person)) {
			throw refused("passwordless.admin.not-yourself");
		}
	}

	private static boolean isSelf(CognitoUser actor, PortalUser person) {
		return actor.sub().equals(person.username());
	}

	private static AdminProblem refused(String key) {
		return new AdminProblem(AdminProblem.Kind.REFUSED, key);
	}

}
