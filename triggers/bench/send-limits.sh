#!/usr/bin/env bash
# Added latency of the send-limit check per warm Create call: ./triggers/bench/send-limits.sh [calls per configuration, default 3000]
# Builds the triggers and lays out DynamoDB Local (test only), then compares Create calls without a limit check,
# with the DynamoDB store against DynamoDB Local, and with the in-memory store.
set -euo pipefail
cd "$(dirname "$0")/../.."
# one reactor build, so that sign-in-rules comes from this tree and never from a stale jar in ~/.m2
./mvnw -q -B -ntp -pl triggers -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test -Dspring-javaformat.skip=true
"$JAVA_HOME/bin/java" -Ddynamodb.local.home=triggers/dynamodb-local/target \
  -cp "triggers/target/test-classes:triggers/target/classes:$(cat triggers/target/bench-classpath.txt)" \
  dev.passwordless.triggers.SendLimitsBenchmark "${1:-3000}"
