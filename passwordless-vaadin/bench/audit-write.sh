#!/usr/bin/env bash
# What publishing one audit event costs the sign-in's thread: ./passwordless-vaadin/bench/audit-write.sh [events, default 20000].
# Boot's in-memory repository (baseline), the queued JDBC trail on H2 in memory, the default H2 file and PostgreSQL 15
# (Debian's postgresql package), and one INSERT per event on PostgreSQL for contrast.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../../.ci/jdk.sh
source .ci/jdk.sh
./mvnw -q -B -ntp -o -pl passwordless-vaadin -am test-compile dependency:build-classpath -Dspring-javaformat.skip=true \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "passwordless-vaadin/target/test-classes:passwordless-vaadin/target/classes:$(cat passwordless-vaadin/target/test-classpath.txt)" \
  dev.passwordless.vaadin.audit.AuditWriteBenchmark "${1:-20000}" 2>&1 | grep -vE '^(SLF4J|WARNING)|INFO|HikariPool|DEBUG'
