package dev.passwordless.vaadin.offline;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded local Cognito applies only when asked for ({@link LocalMode}): under the
 * {@code local} profile and with no user pool configured. Anything else never starts it,
 * so a mis-deployed app fails to start rather than handing codes to anyone.
 */
class EmbeddedLocalCognito extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (LocalMode.hasEmbeddedLocalCognito(context.getEnvironment())) {
			return ConditionOutcome.match("the '" + LocalMode.PROFILE + "' profile and no " + LocalMode.USER_POOL_ID);
		}
		return ConditionOutcome.noMatch(LocalMode.isOn(context.getEnvironment()) ? LocalMode.USER_POOL_ID + " is set"
				: "the '" + LocalMode.PROFILE + "' profile is not active");
	}

}
