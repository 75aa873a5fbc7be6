#!/usr/bin/env bash
# Start-up benchmark: the web app against a bare Spring Boot + Vaadin app with one view, side by side in one run:
#   webapp/bench/start-up.sh [runs, default 5]
# Builds the jar (as ./run would) and the test classes, then times each start in a child JVM; see
# docs/benchmarks/web-app-startup.md. Deletes and remakes ./run's start-up cache (webapp/target/aot).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../../.ci/jdk.sh
source .ci/jdk.sh
# the jar and the test classes in one session; the bare app runs on the web app's runtime class path
./mvnw -q -B -ntp -pl webapp -am package dependency:build-classpath -DskipTests -Dspring-javaformat.skip=true \
  -Dcheckstyle.skip -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime
java -cp webapp/target/test-classes dev.passwordless.webapp.bench.WebAppStartUpBenchmark "${1:-5}" "$PWD" \
  "$(cat webapp/target/runtime-classpath.txt)"
