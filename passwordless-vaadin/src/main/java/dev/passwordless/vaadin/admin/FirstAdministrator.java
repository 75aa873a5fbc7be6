package dev.passwordless.vaadin.admin;

import java.util.List;

import dev.passwordless.vaadin.login.MaskedPhone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * At start, while the administrators' group has no member, puts the user of
 * {@code passwordless.admin.bootstrap-number} in it, inviting them first when the pool
 * has no such user. Several instances starting at once do the same without harm: an
 * invitation that finds the number taken reads the account another instance made, and
 * adding to a group twice is adding once. A failure is logged and start-up goes on: the
 * sign-in works without administrators.
 */
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final String NAME = "Administrator";

	private final CognitoAdministration cognito;

	private final AdminProperties properties;

	private final boolean makeGroup;

	/**
	 * @param makeGroup whether to make the group when the pool lacks it (the embedded
	 * local Cognito; on AWS the stack makes it)
	 */
	FirstAdministrator(CognitoAdministration cognito, AdminProperties properties, boolean makeGroup) {
		this.cognito = cognito;
		this.properties = properties;
		this.makeGroup = makeGroup;
	}

	@Override
	public void run(ApplicationArguments args) {
		String number = this.properties.bootstrapNumber();
		if (number.isEmpty()) {
			return;
		}
		String group = this.properties.group();
		try {
			if (this.makeGroup) {
				this.cognito.ensureGroup(group, "The portal's administrators");
			}
			if (this.cognito.hasMembers(group)) {
				return;
			}
			PortalUser user = this.cognito.byNumber(number).orElseGet(() -> invite(number));
			this.cognito.addToGroup(user.username(), group);
			log.info("The first administrator ({}) is in the group {}", MaskedPhone.of(number), group);
		}
		catch (AdminProblem problem) {
			log.error("The first administrator ({}) could not be put in the group {}: {}", MaskedPhone.of(number),
					group, problem.kind());
		}
	}

	private PortalUser invite(String number) {
		try {
			return this.cognito.invite(NAME, number, List.of());
		}
		catch (AdminProblem problem) {
			if (problem.kind() == AdminProblem.Kind.NUMBER_TAKEN) {
				// another instance invited them a moment ago
				return this.cognito.byNumber(number).orElseThrow(() -> problem);
			}
			throw problem;
		}
	}

}
