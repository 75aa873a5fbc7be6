#!/usr/bin/env bash
# Web app benchmark: ./webapp/bench/web-app.sh [sign-ins, default 60]. Needs chromium-headless-shell + chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../../.ci/jdk.sh
source .ci/jdk.sh
./mvnw -q -B -ntp -pl webapp -am test-compile dependency:build-classpath -Dspring-javaformat.skip=true \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
VAADIN_USAGE_STATS_ENABLED=false java -cp "webapp/target/test-classes:webapp/target/classes:$(cat webapp/target/test-classpath.txt)" \
  dev.passwordless.webapp.e2e.WebAppBenchmark "${1:-60}" 2>&1 | grep -vE '^(SLF4J|WARNING)|local-cognito'
