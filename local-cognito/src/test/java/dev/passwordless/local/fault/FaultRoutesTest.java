package dev.passwordless.local.fault;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passwordless.local.http.Response;
import dev.passwordless.local.http.RouteRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaultRoutesTest {

	private static final byte[] FAIL = "{\"target\":\"sns\",\"kind\":\"fail\"}".getBytes(StandardCharsets.UTF_8);

	private final Faults faults = new Faults();

	@Test
	void postWhenNotFromThisMachineThenForbiddenAndNothingIsPlayed() {
		Response answer = FaultRoutes.of(this.faults, new ObjectMapper())
			.get("POST /_local/faults")
			.answer(new RouteRequest(Map.of(), "application/json", FAIL, false));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(this.faults.next(Fault.Target.SNS)).isEmpty();
	}

	@Test
	void postWhenFromThisMachineThenPlayed() {
		Response answer = FaultRoutes.of(this.faults, new ObjectMapper())
			.get("POST /_local/faults")
			.answer(new RouteRequest(Map.of(), "application/json; charset=utf-8", FAIL, true));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(this.faults.next(Fault.Target.SNS)).isPresent();
	}

}
