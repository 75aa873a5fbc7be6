#!/usr/bin/env bash
# ListUsers benchmark of the local Cognito: ./local-cognito/bench/list-users.sh [users, default 10000] [rounds, default 500]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp ${MAVEN_OFFLINE:-} -pl local-cognito -am test-compile dependency:build-classpath -Dspring-javaformat.skip=true \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "local-cognito/target/test-classes:local-cognito/target/classes:$(cat local-cognito/target/test-classpath.txt)" \
  dev.passwordless.local.ListUsersBenchmark "${1:-10000}" "${2:-500}" 2>&1 | grep -v '^SLF4J'
