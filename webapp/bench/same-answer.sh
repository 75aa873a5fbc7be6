#!/usr/bin/env bash
# Same-answer benchmark: ./webapp/bench/same-answer.sh [pairs, default 200]. Needs chromium-headless-shell + chromium-driver.
# Interleaved pairs through the web app's sign-in step (registered vs unknown number) and registration step
# (new vs already registered number); prints both medians, their difference, a Mann-Whitney z and a bootstrap
# 95 % interval of the difference.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../../.ci/jdk.sh
source .ci/jdk.sh
./mvnw -q -B -ntp -pl webapp -am test-compile dependency:build-classpath -Dspring-javaformat.skip=true \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
VAADIN_USAGE_STATS_ENABLED=false java -cp "webapp/target/test-classes:webapp/target/classes:$(cat webapp/target/test-classpath.txt)" \
  dev.passwordless.webapp.bench.SameAnswerBenchmark "${1:-200}" 2>&1 | grep -vE '^(SLF4J|WARNING)|local-cognito'
