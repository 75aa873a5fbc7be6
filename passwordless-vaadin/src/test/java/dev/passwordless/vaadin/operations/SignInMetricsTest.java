package dev.passwordless.vaadin.operations;

import java.util.Set;
import java.util.stream.Collectors;

import dev.passwordless.vaadin.cognito.SignInProblem;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInMetricsTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final SignInMetrics metrics = new SignInMetrics(this.registry);

	@Test
	void countersWhenEveryOutcomeHappensThenTheTagsAreOnlyTheFixedValues() {
		this.metrics.codeRequested();
		this.metrics.codeSent();
		for (SignInProblem.Kind kind : SignInProblem.Kind.values()) {
			this.metrics.codeRefused(kind);
		}
		for (SignInMetrics.Outcome outcome : SignInMetrics.Outcome.values()) {
			this.metrics.signIn(outcome);
			this.metrics.rememberMe(outcome);
		}
		Set<String> tags = this.registry.getMeters()
			.stream()
			.map(Meter::getId)
			.flatMap((id) -> id.getTags().stream())
			.map((tag) -> tag.getKey() + "=" + tag.getValue())
			.collect(Collectors.toSet());
		assertThat(tags).allSatisfy((tag) -> assertThat(tag).matches("(reason|outcome)=[a-z_]+"));
		assertThat(tags).contains("reason=rate_limited", "reason=unavailable", "outcome=succeeded", "outcome=theft");
		assertThat(this.registry.getMeters()).map(Meter::getId)
			.map((id) -> id.getName())
			.containsOnly("passwordless.codes.requested", "passwordless.codes.sent", "passwordless.codes.refused",
					"passwordless.sign-ins", "passwordless.remember-me.restores");
	}

	@Test
	void codeRefusedWhenGivenAPhoneNumberShapedValueThenItNeverBecomesATag() {
		this.metrics.codeRefused(SignInProblem.Kind.RATE_LIMITED);
		assertThat(this.registry.getMeters()).flatMap((meter) -> meter.getId().getTags())
			.map(Tag::getValue)
			.noneMatch((value) -> value.matches(".*[0-9+].*"));
		assertThat(this.registry.counter("passwordless.codes.refused", "reason", "rate_limited").count()).isEqualTo(1);
	}

}
