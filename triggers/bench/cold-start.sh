#!/usr/bin/env bash
# Cold-start benchmark of the Create trigger: ./triggers/bench/cold-start.sh [runs per configuration, default 15]
# Builds the deployable jar, then times fresh JVMs of the deployable handler against a naive baseline.
set -euo pipefail
cd "$(dirname "$0")/../.."
# -am: sign-in-rules from this tree, never a stale jar in ~/.m2
./mvnw -q -B -ntp -pl triggers -am -Pcold-start-benchmark package -DskipTests -Dspring-javaformat.skip=true
"$JAVA_HOME/bin/java" -cp "triggers/target/test-classes:triggers/target/triggers.jar" \
  dev.passwordless.triggers.ColdStartBenchmark triggers/target/triggers.jar triggers/target/test-classes \
  triggers/target/baseline-classpath.txt "${1:-15}"
