package dev.passwordless.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalCognitoConfigTest {

	@Test
	void buildWhenDefaultsThenThisProjectsSixTriggersAreConfigured() {
		assertThat(LocalCognitoConfig.defaults().build().triggerHandlers())
			.containsOnlyKeys("PreSignUp", "PreAuthentication", "DefineAuthChallenge", "CreateAuthChallenge",
					"VerifyAuthChallengeResponse", "PostAuthentication")
			.containsEntry("CreateAuthChallenge", "dev.passwordless.triggers.CreateAuthChallengeHandler");
	}

	@Test
	void buildWhenATriggerNameIsUnknownThenRefusedNamingTheKnownOnes() {
		assertThatThrownBy(() -> LocalCognitoConfig.inMemory().triggerHandler("PreSignup", "x.Y").build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("unknown trigger PreSignup")
			.hasMessageContaining("PreSignUp");
	}

	@Test
	void buildWhenATriggerHandlerIsBlankThenThatTriggerIsLeftOut() {
		assertThat(LocalCognitoConfig.inMemory().triggerHandler("PostAuthentication", "").build().triggerHandlers())
			.doesNotContainKey("PostAuthentication");
	}

}
