package dev.passwordless.infra;

import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One trigger: a function from the triggers jar with its own role (no managed policies;
 * it may write only to its own log group), its own log group with a retention period,
 * SnapStart on published versions, and an alias {@code live} that Cognito invokes. Its
 * logs are in Lambda's text format: each trigger line is already a JSON object, and the
 * budget lines are metrics in the embedded metric format, which CloudWatch reads only
 * from a log event that is that object itself. In Lambda's JSON format the Java runtime
 * would put each line as a string into a {@code message} field of its own object.
 */
final class TriggerFunction extends Construct {

	/**
	 * Memory 1024 MB: Lambda gives CPU in proportion to memory, and a Java handler's
	 * first invocation after a restore (class loading, the first TLS handshake to SNS)
	 * then stays far inside Cognito's 5 s budget; at these call rates the cost difference
	 * to 512 MB is negligible.
	 */
	static final int MEMORY_MB = 1024;

	/**
	 * Cognito stops waiting after 5 s, so running longer only bills for answers nobody
	 * reads.
	 */
	static final Duration TIMEOUT = Duration.seconds(5);

	private final Alias alias;

	private final Role role;

	/**
	 * @param scope the triggers
	 * @param trigger which trigger; names the construct and the handler
	 * @param environment the function's settings
	 * @param code the triggers jar
	 * @param logRetention how long its log lines are kept
	 */
	TriggerFunction(Construct scope, WiredTrigger trigger, Map<String, String> environment, Code code,
			RetentionDays logRetention) {
		super(scope, trigger.id());
		LogGroup logs = LogGroup.Builder.create(this, "Logs")
			.retention(logRetention)
			.removalPolicy(RemovalPolicy.DESTROY)
			.build();
		this.role = Role.Builder.create(this, "Role")
			.assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
			.description(trigger.id() + " trigger: writes its own logs, nothing else unless granted")
			.build();
		logs.grantWrite(this.role);
		Function function = Function.Builder.create(this, "Function")
			.runtime(Runtime.JAVA_25)
			.architecture(Architecture.ARM_64)
			.handler(trigger.handler())
			.code(code)
			.memorySize(MEMORY_MB)
			.timeout(TIMEOUT)
			.environment(environment)
			.role(this.role)
			.logGroup(logs)
			.loggingFormat(LoggingFormat.TEXT)
			.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
			.description("Cognito " + trigger.id() + " trigger")
			.build();
		this.alias = Alias.Builder.create(this, "Live").aliasName("live").version(function.getCurrentVersion()).build();
	}

	/** What Cognito invokes: the alias of the latest published (snapshotted) version. */
	Alias alias() {
		return this.alias;
	}

	IRole role() {
		return this.role;
	}

}
