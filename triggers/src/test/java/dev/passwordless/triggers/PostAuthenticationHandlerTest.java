package dev.passwordless.triggers;

import java.util.ArrayList;
import java.util.List;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostAuthenticationHandlerTest {

	private final List<String> verified = new ArrayList<>();

	private final RecordingContext context = new RecordingContext();

	@Test
	void postAuthenticationWhenPhoneIsUnverifiedThenMarksItVerified() {
		invoke(handler((pool, user) -> this.verified.add(pool + "/" + user)),
				LambdaRuntime.fixture("post-authentication"));
		assertThat(this.verified).containsExactly("us-east-1_Example01/0f3c9a52-54b1-4e2e-9d0e-5f1f2b2f7a10");
	}

	@Test
	void postAuthenticationWhenPhoneIsAlreadyVerifiedThenChangesNothing() {
		ObjectNode event = LambdaRuntime.fixture("post-authentication");
		((ObjectNode) event.at("/request/userAttributes")).put("phone_number_verified", "true");
		invoke(handler((pool, user) -> this.verified.add(user)), event);
		assertThat(this.verified).isEmpty();
		assertThat(this.context.lines).singleElement().asString().contains("already-verified");
	}

	@Test
	void postAuthenticationWhenCognitoIsUnreachableThenLetsTheSignInCompleteAndLogs() {
		invoke(handler((pool, user) -> {
			throw SdkClientException.create("connection refused");
		}), LambdaRuntime.fixture("post-authentication"));
		assertThat(this.context.lines).singleElement().asString().contains("verify-failed:SdkClientException");
	}

	@Test
	void postAuthenticationWhenTheAnswerAsksForANumberChangeThenSetsTheNewNumberAndLogsItMasked() {
		List<String> changed = new ArrayList<>();
		ObjectNode event = LambdaRuntime.fixture("post-authentication");
		((ObjectNode) event.get("request")).putObject("clientMetadata")
			.put("purpose", "change-number")
			.put("newPhoneNumber", "+14155550177");
		invoke(new PostAuthenticationHandler(
				new Dependencies.PostAuthentication((pool, user) -> this.verified.add(user),
						(pool, user, number) -> changed.add(pool + "/" + user + "=" + number), null)),
				event);
		assertThat(changed).containsExactly("us-east-1_Example01/0f3c9a52-54b1-4e2e-9d0e-5f1f2b2f7a10=+14155550177");
		assertThat(this.verified).isEmpty();
		assertThat(this.context.lines).singleElement()
			.asString()
			.contains("number-changed")
			.doesNotContain("4155550177");
	}

	@Test
	void postAuthenticationWhenTheNewNumberIsTheCurrentOneThenRefusesAndChangesNothing() {
		ObjectNode event = LambdaRuntime.fixture("post-authentication");
		((ObjectNode) event.get("request")).putObject("clientMetadata")
			.put("purpose", "change-number")
			.put("newPhoneNumber", "+14155550123");
		assertThatThrownBy(() -> invoke(handler((pool, user) -> this.verified.add(user)), event))
			.hasMessage("refusal=NUMBER_TAKEN");
		assertThat(this.verified).isEmpty();
	}

	private void invoke(PostAuthenticationHandler handler, ObjectNode event) {
		LambdaRuntime.invoke(handler, CognitoUserPoolPostAuthenticationEvent.class, event, this.context);
	}

	private static PostAuthenticationHandler handler(PhoneVerification verification) {
		return new PostAuthenticationHandler(new Dependencies.PostAuthentication(verification, (pool, user, number) -> {
			throw new AssertionError("no number change asked for");
		}, null));
	}

}
