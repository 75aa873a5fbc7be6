package dev.passwordless.triggers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.api.client.logging.LambdaContextLogger;
import com.amazonaws.services.lambda.runtime.api.client.logging.LogSink;
import com.amazonaws.services.lambda.runtime.logging.LogFormat;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches CloudWatch of the triggers' lines when Lambda's own Java runtime (its
 * runtime interface client, 2.10.1, the logger it hands every invocation) writes them in
 * each of Lambda's log formats. The budget alarms watch metrics that CloudWatch reads
 * only from a log event that is itself an object in the embedded metric format, so the
 * stack gives the triggers the text format ({@code TriggerFunction}).
 */
class TriggerLogFormatTest {

	private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

	@Test
	void budgetUsedLineWhenWrittenInLambdasTextFormatThenTheLogEventIsTheEmbeddedMetricObjectItself() {
		List<String> events = new ArrayList<>();
		TriggerLog.budgetUsed(context(LogFormat.TEXT, events), 80, "us-east-1_Example01", AT);
		Map<String, JsonNode> fields = onlyObject(events);
		assertThat(fields.get("SmsBudgetUsed").asNumber()).isEqualTo("1");
		assertThat(fields.get("Percent").asString()).isEqualTo("80");
		assertEmbeddedMetric(fields, TriggerLog.BUDGET_USED_METRIC);
	}

	@Test
	void budgetExhaustedLineWhenWrittenInLambdasTextFormatThenTheLogEventIsTheEmbeddedMetricObjectItself() {
		List<String> events = new ArrayList<>();
		TriggerLog.budgetExhausted(context(LogFormat.TEXT, events), "us-east-1_Example01", AT);
		Map<String, JsonNode> fields = onlyObject(events);
		assertThat(fields.get("SmsBudgetExhausted").asNumber()).isEqualTo("1");
		assertEmbeddedMetric(fields, TriggerLog.BUDGET_METRIC);
	}

	@Test
	void metricLineWhenWrittenInLambdasJsonFormatThenItIsOnlyTextInsideTheRuntimesMessageField() {
		List<String> events = new ArrayList<>();
		TriggerLog.budgetUsed(context(LogFormat.JSON, events), 80, "us-east-1_Example01", AT);
		Map<String, JsonNode> fields = onlyObject(events);
		assertThat(fields).doesNotContainKey("_aws").doesNotContainKey("SmsBudgetUsed").containsKey("timestamp");
		assertThat(fields.get("message").isString()).isTrue();
		assertThat(fields.get("message").asString()).contains("\"_aws\":{");
	}

	@Test
	void invocationLineWhenWrittenInLambdasTextFormatThenTheLogEventIsTheLineAsWritten() {
		List<String> events = new ArrayList<>();
		TriggerLog.line(context(LogFormat.TEXT, events), "CreateAuthChallenge", "issued", 1, "+12025550142");
		assertThat(events).containsExactly(
				"{\"trigger\":\"CreateAuthChallenge\",\"outcome\":\"issued\",\"attempt\":1,\"phone\":\"+*******0142\"}");
	}

	/** The one log event, a JSON object: its fields. */
	private static Map<String, JsonNode> onlyObject(List<String> events) {
		assertThat(events).hasSize(1);
		return JsonNode.parser().parse(events.getFirst()).asObject();
	}

	/**
	 * What CloudWatch needs to read a metric from a log event: the event's own
	 * {@code _aws} member naming the metric in the triggers' namespace, the timestamp,
	 * and each dimension and the metric as members of the event itself.
	 */
	private static void assertEmbeddedMetric(Map<String, JsonNode> fields, String metric) {
		Map<String, JsonNode> metadata = fields.get("_aws").asObject();
		assertThat(metadata.get("Timestamp").asNumber()).isEqualTo(String.valueOf(AT.toEpochMilli()));
		Map<String, JsonNode> directive = metadata.get("CloudWatchMetrics").asArray().getFirst().asObject();
		assertThat(directive.get("Namespace").asString()).isEqualTo(TriggerLog.NAMESPACE);
		assertThat(directive.get("Metrics").asArray().getFirst().asObject().get("Name").asString()).isEqualTo(metric);
		assertThat(fields).containsKey(metric);
		assertThat(fields.get("UserPoolId").asString()).isEqualTo("us-east-1_Example01");
		directive.get("Dimensions")
			.asArray()
			.forEach((set) -> set.asArray().forEach((name) -> assertThat(fields).containsKey(name.asString())));
	}

	/**
	 * An invocation's context whose logger is the runtime's own, as the client builds it
	 * when {@code AWS_LAMBDA_LOG_FORMAT} names this format and no log level is set; each
	 * event it hands its sink is kept.
	 */
	private static Context context(LogFormat format, List<String> events) {
		LambdaLogger logger = new LambdaContextLogger(new KeptEvents(events), LogLevel.UNDEFINED, format);
		return new FunctionContext("CreateAuthChallenge", (line) -> {
			throw new AssertionError("written past the runtime's logger: " + line);
		}) {

			@Override
			public LambdaLogger getLogger() {
				return logger;
			}

		};
	}

	/** The runtime's sink of log events (on Lambda, frames to the telemetry pipe). */
	private record KeptEvents(List<String> events) implements LogSink {

		@Override
		public void log(byte[] event) {
			this.events.add(text(event));
		}

		@Override
		public void log(LogLevel level, LogFormat format, byte[] event) {
			this.events.add(text(event));
		}

		@Override
		public void close() {
		}

		private static String text(byte[] event) {
			return new String(event, StandardCharsets.UTF_8).stripTrailing();
		}

	}

}
