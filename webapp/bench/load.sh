#!/usr/bin/env bash
# Load test of one web app instance: webapp/bench/load.sh [--name=value ...] (options and defaults: LoadOptions).
# Builds the jars (as ./run would) and the test classes, then runs LoadBenchmark: the web app's jar and the local
# Cognito's, each in a JVM of its own, driven with Vaadin's request protocol; prints Markdown tables (about 15 minutes
# with the defaults). See docs/benchmarks/web-app-load.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../../.ci/jdk.sh
source .ci/jdk.sh
./mvnw -q -B -ntp -pl webapp -am package dependency:build-classpath -DskipTests -Dspring-javaformat.skip=true \
  -Dcheckstyle.skip -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
VAADIN_USAGE_STATS_ENABLED=false java -cp "webapp/target/test-classes:$(cat webapp/target/test-classpath.txt)" \
  dev.passwordless.webapp.bench.load.LoadBenchmark "$PWD" "$@"
