#!/usr/bin/env bash
# The whole benchmark of issue 5, in one go on this machine: serving on H2 and PostgreSQL at 1,000, 10,000 and
# 100,000 synthetic articles, against PostGraphile and a hand-written floor, plus ingestion, start-up and EXPLAIN.
# Rewrites docs/benchmarks.md and target/benchmarks.json. About an hour; see docs/benchmarks.md for the knobs
# (SIZES, DATABASES, CONNECTIONS, SECONDS, WARMUP, HEAP, JAVA). Needs node 20+, psql and PostgreSQL on
# 127.0.0.1:5432 (user postgres, trust), which it starts if it is down; loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
cluster=$(ls /etc/postgresql | head -n 1)
pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
command -v wrk >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
(cd bench && npm ci --no-audit --no-fund --silent)
# Always the jar of the code checked out, never a stale one (SKIP_BUILD=1 to reuse it).
[ "${SKIP_BUILD:-}" = 1 ] || mvn -q -B package -DskipTests
exec node bench/benchmark.mjs
