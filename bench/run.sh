#!/usr/bin/env bash
# The concurrency and cold-start benchmark of boto4j against the AWS SDK for Java v2 and a bare
# Vert.x client (see sdk-bench/README.md). Prints tables, then one line per figure:
#   RESULT <name> <value> <unit>
#
# Usage: bench/run.sh [--quick] [orchestrator options: --out DIR, --profile, --only a,b, --levels 1,64, ...]
#   --quick   the figures the ratios need, short windows: under 3 minutes
#   (default) every contender at 1, 16, 64 and 256 calls in flight, long warm-ups: about 20 minutes
#
# Needs the jars of a build: mvn -B install -DskipTests (or mvn -B package -DskipTests); each bench
# module's package phase copies its class path to its target/lib.
# Environment: JAVA_HOME (the base JDK, else `java` on the PATH), JDK25_HOME (a JDK 25 for the
# virtual-thread contenders, else the first /usr/lib/jvm/*25* found; without one they are skipped).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java="$JAVA_HOME/bin/java"
else
  java="$(command -v java || true)"
fi
if [[ -z "$java" ]]; then
  echo "bench/run.sh: no java found (set JAVA_HOME)" >&2
  exit 2
fi

java25=""
candidates=()
[[ -n "${JDK25_HOME:-}" ]] && candidates+=("$JDK25_HOME")
for d in /usr/lib/jvm/*25*; do [[ -d "$d" ]] && candidates+=("$d"); done
for d in "${candidates[@]}"; do
  if [[ -x "$d/bin/java" ]] && "$d/bin/java" -version 2>&1 | grep -q 'version "25'; then
    java25="$d/bin/java"
    break
  fi
done

harness_jar="$(ls "$root"/sdk-bench/harness/target/sdk-bench-harness-*.jar 2>/dev/null | grep -v -- '-sources\|-javadoc\|-tests' | head -n 1 || true)"
if [[ -z "$harness_jar" ]]; then
  echo "bench/run.sh: no sdk-bench/harness jar; build first: mvn -B install -DskipTests" >&2
  exit 2
fi

exec "$java" -cp "$harness_jar" io.boto4j.bench.harness.Orchestrator \
  --root "$root" --java "$java" --java25 "$java25" "$@"
