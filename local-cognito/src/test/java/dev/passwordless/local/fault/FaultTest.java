package dev.passwordless.local.fault;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void fromJsonWhenASlowAnswerIsAskedThenItsDelayAndCount() throws Exception {
		assertThat(Fault.fromJson(this.json.readTree("""
				{"target":"sns","kind":"slow","millis":6000,"count":2}""")))
			.isEqualTo(new Fault(Fault.Target.SNS, Fault.Kind.SLOW, Duration.ofSeconds(6), 2));
	}

	@Test
	void fromJsonWhenNoCountIsGivenThenOneRequest() throws Exception {
		assertThat(Fault.fromJson(this.json.readTree("""
				{"target":"COGNITO","kind":"throttle"}""")))
			.isEqualTo(new Fault(Fault.Target.COGNITO, Fault.Kind.THROTTLE, Duration.ZERO, 1));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = "=>", textBlock = """
			{"target":"sqs","kind":"fail"}                         => target must be one of sns|cognito, was sqs
			{"kind":"fail"}                                        => target must be one of sns|cognito
			{"target":"sns","kind":"drop"}                         => kind must be one of slow|throttle|fail, was drop
			{"target":"sns","kind":"slow"}                         => millis must be 1-60000 for a slow answer
			{"target":"sns","kind":"slow","millis":60001}          => millis must be 1-60000 for a slow answer
			{"target":"sns","kind":"fail","millis":100}            => millis is only for kind slow
			{"target":"sns","kind":"fail","count":0}               => count must be 1-1000, was 0
			{"target":"sns","kind":"fail","count":"ten"}           => count must be a whole number
			[]                                                     => the body must be a JSON object
			""")
	void fromJsonWhenAMemberIsWrongThenRefusedSayingWhich(String body, String message) {
		assertThatThrownBy(() -> Fault.fromJson(this.json.readTree(body))).isInstanceOf(IllegalArgumentException.class)
			.hasMessage(message);
	}

	@Test
	void nextWhenAFaultIsPlayedThenItMeetsItsCountOfRequestsOfItsServiceOnly() {
		Faults faults = new Faults();
		faults.play(new Fault(Fault.Target.SNS, Fault.Kind.FAIL, Duration.ZERO, 2));
		assertThat(faults.next(Fault.Target.COGNITO)).isEmpty();
		assertThat(faults.next(Fault.Target.SNS))
			.hasValueSatisfying((fault) -> assertThat(fault.kind()).isEqualTo(Fault.Kind.FAIL));
		assertThat(faults.describe().toString())
			.isEqualTo("{\"faults\":[{\"target\":\"sns\",\"kind\":\"fail\",\"count\":1}]}");
		assertThat(faults.next(Fault.Target.SNS)).isPresent();
		assertThat(faults.next(Fault.Target.SNS)).isEmpty();
	}

	@Test
	void clearWhenFaultsArePlayedThenNoneIsLeft() {
		Faults faults = new Faults();
		faults.play(new Fault(Fault.Target.COGNITO, Fault.Kind.SLOW, Duration.ofMillis(5), 3));
		faults.clear();
		assertThat(faults.next(Fault.Target.COGNITO)).isEmpty();
		assertThat(faults.describe().toString()).isEqualTo("{\"faults\":[]}");
	}

}
