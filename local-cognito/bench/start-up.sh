#!/usr/bin/env bash
# Start-up, memory and latency of the standalone local Cognito against cognito-local 5.3, side by side in one run:
#   JAVA_HOME=/path/to/jdk25 local-cognito/bench/start-up.sh [runs, default 5]
# cognito-local comes from npm into a temp directory (Node 20 works); nothing of it is kept in the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# one session: the sibling modules' jars come from the reactor, not from a local repository
./mvnw -q -B -ntp -pl local-cognito -am package dependency:build-classpath -DskipTests \
  -Dspring-javaformat.skip=true -Dcheckstyle.skip -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cl="${COGNITO_LOCAL_DIR:-${TMPDIR:-/tmp}/cognito-local-5.3}"
if [[ ! -f "$cl/node_modules/cognito-local/lib/bin/start.js" ]]; then
  mkdir -p "$cl"
  (cd "$cl" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent cognito-local@5.3.0)
fi
export LOCAL_COGNITO_CACHE_DIR="${LOCAL_COGNITO_CACHE_DIR:-${TMPDIR:-/tmp}/local-cognito-bench-cache}"
"$java" -cp "local-cognito/target/test-classes:local-cognito/target/classes:$(cat local-cognito/target/test-classpath.txt)" \
  dev.passwordless.local.StartUpBenchmark "$runs" "$PWD/local-cognito/bin/local-cognito" \
  "$PWD/local-cognito/target/local-cognito.jar" "$(command -v node)" "$cl/node_modules/cognito-local/lib/bin/start.js" \
  2>&1 | grep -v '^SLF4J'
