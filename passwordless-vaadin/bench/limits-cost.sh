#!/usr/bin/env bash
# What the shared limits cost per sign-in step: ./passwordless-vaadin/bench/limits-cost.sh [iterations, default 5000].
# In memory (baseline), H2 in memory, the default H2 file, PostgreSQL 15 (Debian's postgresql package).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../../.ci/jdk.sh
source .ci/jdk.sh
./mvnw -q -B -ntp -o -pl passwordless-vaadin -am test-compile dependency:build-classpath -Dspring-javaformat.skip=true \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "passwordless-vaadin/target/test-classes:passwordless-vaadin/target/classes:$(cat passwordless-vaadin/target/test-classpath.txt)" \
  dev.passwordless.vaadin.login.LimitsCostBenchmark "${1:-5000}" 2>&1 | grep -vE '^(SLF4J|WARNING)|INFO|HikariPool'
