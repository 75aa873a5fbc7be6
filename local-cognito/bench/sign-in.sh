#!/usr/bin/env bash
# Sign-in benchmark of the local Cognito: ./local-cognito/bench/sign-in.sh [measured sign-ins, default 1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp -pl local-cognito -am test-compile dependency:build-classpath -Dspring-javaformat.skip=true \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "local-cognito/target/test-classes:local-cognito/target/classes:$(cat local-cognito/target/test-classpath.txt)" \
  dev.passwordless.local.SignInBenchmark "${1:-1000}" 2>&1 | grep -v '^SLF4J'
