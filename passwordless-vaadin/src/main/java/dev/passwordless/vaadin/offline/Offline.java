package dev.passwordless.vaadin.offline;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded local Cognito applies only when asked for: under the {@code local} profile
 * and with no user pool configured. Anything else never starts it, so a mis-deployed app
 * fails to start rather than handing codes to anyone.
 */
class Offline extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		if (!environment.matchesProfiles(LocalProfile.NAME)) {
			return ConditionOutcome.noMatch("the '" + LocalProfile.NAME + "' profile is not active");
		}
		return StringUtils.hasText(environment.getProperty("cognito.user-pool-id"))
				? ConditionOutcome.noMatch("cognito.user-pool-id is set")
				: ConditionOutcome.match("the '" + LocalProfile.NAME + "' profile and no cognito.user-pool-id");
	}

}
