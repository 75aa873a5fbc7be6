package dev.passwordless.vaadin.offline;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The offline default applies when no user pool is configured. */
class Offline extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty("cognito.user-pool-id"))
				? ConditionOutcome.noMatch("cognito.user-pool-id is set")
				: ConditionOutcome.match("no cognito.user-pool-id: offline default");
	}

}
