#!/usr/bin/env bash
# Cold-start benchmark of the Create trigger: ./triggers/bench/cold-start.sh [--ric] [fresh JVMs per mode, default 15]
# Builds the deployable jar, then times fresh JVMs pinned to one CPU (taskset -c 0) with the Lambda runtime's JVM
# flags, interleaving the naive same-work handler and the deployable handler; prints medians, p90, ratios against the
# naive handler, the jar size and the machine's load.
# Without --ric: each JVM builds the handler and calls it directly, also after its SnapStart hooks.
# With --ric: each JVM is Lambda's runtime interface client (its AWSLambda main class) polling a local Runtime API,
# timed from launching the process to the first answer posted back (the full cold start).
set -euo pipefail
cd "$(dirname "$0")/../.."
class=ColdStartBenchmark
if [ "${1:-}" = "--ric" ]; then
  class=RuntimeInterfaceColdStartBenchmark
  shift
fi
# -am: sign-in-rules from this tree, never a stale jar in ~/.m2
./mvnw -q -B -ntp -pl triggers -am -Pcold-start-benchmark package -DskipTests -Dspring-javaformat.skip=true
if [ "$class" = ColdStartBenchmark ]; then
  runtime=triggers/target/runtime-classpath.txt
else
  runtime=triggers/target/lambda-runtime-classpath.txt
fi
"$JAVA_HOME/bin/java" -cp "triggers/target/test-classes:triggers/target/triggers.jar:$(cat triggers/target/runtime-classpath.txt)" \
  "dev.passwordless.triggers.$class" triggers/target/triggers.jar triggers/target/test-classes \
  triggers/target/baseline-classpath.txt "$runtime" "${1:-15}"
