#!/usr/bin/env bash
# Cold-start benchmark of the Create trigger: ./triggers/bench/cold-start.sh [fresh JVMs per mode, default 15]
# Builds the deployable jar, then times fresh JVMs pinned to one CPU (taskset -c 0) with the Lambda runtime's JVM
# flags, interleaving the naive same-work handler, the deployable handler, and the deployable handler after its
# SnapStart hooks; prints medians, p90, ratios against the naive handler, the jar size and the machine's load.
set -euo pipefail
cd "$(dirname "$0")/../.."
# -am: sign-in-rules from this tree, never a stale jar in ~/.m2
./mvnw -q -B -ntp -pl triggers -am -Pcold-start-benchmark package -DskipTests -Dspring-javaformat.skip=true
"$JAVA_HOME/bin/java" -cp "triggers/target/test-classes:triggers/target/triggers.jar:$(cat triggers/target/runtime-classpath.txt)" \
  dev.passwordless.triggers.ColdStartBenchmark triggers/target/triggers.jar triggers/target/test-classes \
  triggers/target/baseline-classpath.txt triggers/target/runtime-classpath.txt "${1:-15}"
