package dev.passwordless.webapp.bench.load.vaadin;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What the load driver acts on in an answer, shaped as the app sends it. */
class UidlTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void locationWhenThePageSetsTheLocationThenItIsTheFirstArgument() {
		Uidl answer = new Uidl(JSON.readTree(
				"""
						{"syncId":5,"clientId":5,"execute":[["signin/complete?nonce=abc","_self",
						  "window.dispatchEvent(new CustomEvent('vaadin-redirect-pending', {detail: {url: $0}})); if ($1 == '_self') this.stopApplication(); window.open($0, $1)"]]}"""));

		assertThat(answer.location()).contains("signin/complete?nonce=abc");
		assertThat(answer.syncId()).isEqualTo(5);
	}

	@Test
	void returnChannelsWhenACallWaitsForItsResultThenOnlyTheResultChannelIsAnswered() {
		Uidl answer = new Uidl(JSON.readTree("""
				{"execute":[[{"@v-return":[1,0]},{"@v-return":[1,1]},"try{...}.then($0,function(error){$1(''+error)})"],
				            [false,{"@v-node":53},"return (async function() { this.invalid = $0}).apply($1)"]]}"""));

		assertThat(answer.returnChannels()).containsExactly(new int[] { 1, 0 });
		assertThat(answer.location()).isEmpty();
	}

	@Test
	void newWhenTheSessionExpiredThenItIsAnUnexpectedAnswer() {
		assertThatExceptionOfType(UnexpectedAnswer.class)
			.isThrownBy(() -> new Uidl(JSON.readTree("{\"meta\":{\"sessionExpired\":true}}")));
	}

}
