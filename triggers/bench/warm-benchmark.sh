#!/usr/bin/env bash
# Runs one of the triggers' warm benchmarks: ./triggers/bench/warm-benchmark.sh <SameAnswerBenchmark|SendLimitsBenchmark> <count>
# (same-answer.sh and send-limits.sh call it). Builds the triggers and lays out DynamoDB Local (test only), then runs the
# benchmark's main class, which starts DynamoDB Local and a local SNS listener itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
# one reactor build, so that sign-in-rules comes from this tree and never from a stale jar in ~/.m2
./mvnw -q -B -ntp -pl triggers -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test -Dspring-javaformat.skip=true
"$JAVA_HOME/bin/java" -Ddynamodb.local.home=triggers/dynamodb-local/target \
  -cp "triggers/target/test-classes:triggers/target/classes:$(cat triggers/target/bench-classpath.txt)" \
  "dev.passwordless.triggers.$1" "$2"
