# Sourced by .ci/run and ./run: exports JAVA_HOME as a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*).
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1
}

pick_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(pick_jdk); then
  echo "No JDK 21 or newer found (looked at JAVA_HOME='${JAVA_HOME:-}' and /usr/lib/jvm/*)." >&2
  echo "Install one (e.g. apt-get install -y openjdk-21-jdk-headless) and run again." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
echo "Using JDK at $JAVA_HOME ($(java_major "$JAVA_HOME"))"
