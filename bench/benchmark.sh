#!/usr/bin/env bash
# The whole benchmark of issue 5, in one go on this machine: serving on PostgreSQL and H2 at 1,000, 10,000 and
# 100,000 synthetic articles, against PostGraphile and a hand-written floor, plus ingestion, start-up and EXPLAIN.
# Rewrites docs/benchmarks.md and target/benchmarks.json; 90 minutes on 2 CPUs in the run of
# 63d0cc5 (H2 at 100,000 on copies of PostgreSQL's archives). Knobs (see
# docs/benchmarks.md): SIZES, DATABASES, CONNECTIONS, SECONDS, WARMUP, WARMUP_ALL, HEAP, and JAVA (by default the
# newest JDK in /usr/lib/jvm). Needs node 20+, psql and PostgreSQL on 127.0.0.1:5432 (user postgres, trust),
# which it starts if it is down; loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
cluster=$(ls /etc/postgresql | head -n 1)
pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
command -v wrk >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
(cd bench && npm ci --no-audit --no-fund --silent)
# Always the jar of the code checked out, never a stale one (SKIP_BUILD=1 to reuse it).
[ "${SKIP_BUILD:-}" = 1 ] || mvn -q -B package -DskipTests
# Serve on the newest JDK here (virtual threads need 21+) unless JAVA names one; the jar is built for 17.
if [ -z "${JAVA:-}" ]; then
  JAVA=java
  best=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk '/java.specification.version/ {print $3}')
  for candidate in /usr/lib/jvm/*/bin/java; do
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | awk '/java.specification.version/ {print $3}')
    if [ -n "$version" ] && [ "${version%%.*}" -gt "${best%%.*}" ]; then JAVA=$candidate; best=$version; fi
  done
  export JAVA
fi
exec node bench/benchmark.mjs
