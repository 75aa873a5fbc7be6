#!/usr/bin/env bash
# Registered and unknown numbers, timed through the Create trigger: ./triggers/bench/same-answer.sh [rounds, default 300]
# Builds the triggers and lays out DynamoDB Local (test only), then times warm Create calls for a registered number
# that gets a code, the same number refused within its cooldown, and an unknown number, in turn.
set -euo pipefail
cd "$(dirname "$0")/../.."
# one reactor build, so that sign-in-rules comes from this tree and never from a stale jar in ~/.m2
./mvnw -q -B -ntp -pl triggers -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test -Dspring-javaformat.skip=true
"$JAVA_HOME/bin/java" -Ddynamodb.local.home=triggers/dynamodb-local/target \
  -cp "triggers/target/test-classes:triggers/target/classes:$(cat triggers/target/bench-classpath.txt)" \
  dev.passwordless.triggers.SameAnswerBenchmark "${1:-300}"
