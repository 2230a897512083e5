#!/usr/bin/env bash
# Serving and ingestion speed on this machine, on H2 and on PostgreSQL (issue 5, first part): for each database,
# start the jar, time start-up to the first answered query, load three example operations with autocannon
# (CONNECTIONS, default 8, for SECONDS, default 15, each), ingest INGESTS (default 200) articles through the full
# pipeline with four clients, and write the tables to target/benchmarks.md (copied by hand into docs/benchmarks.md).
# Loopback only; about three minutes. Needs node 20+ and PostgreSQL on 127.0.0.1:5432 (user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
(cd bench && npm ci --no-audit --no-fund --silent)
jar=$(ls target/kathan-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then mvn -q -B package -DskipTests; jar=$(ls target/kathan-*.jar | head -n 1); fi
out=target/benchmarks.jsonl
: >"$out"

for db in h2 postgres; do
  args=(--kathan.partners.rate-limit.capacity=1000000 --kathan.partners.rate-limit.per-minute=1000000)
  if [ "$db" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists kathan_bench" -c "create database kathan_bench"
    export KATHAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/kathan_bench
    args+=(--spring.profiles.active=postgres)
    key=$(java -jar "$jar" keys create --name="bench-$$" --outlet=IANS --role=EDITOR --spring.profiles.active=postgres | tail -n 1)
  else
    # H2 in a file, so that the key made before start-up is there for the service.
    rm -rf target/bench-h2
    args+=(--spring.datasource.url=jdbc:h2:file:./target/bench-h2/kathan)
    key=$(java -jar "$jar" keys create --name="bench-$$" --outlet=IANS --role=EDITOR \
      --spring.datasource.url=jdbc:h2:file:./target/bench-h2/kathan | tail -n 1)
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  started=$(date +%s%N)
  java -Xmx512m -jar "$jar" --server.port="$port" --server.address=127.0.0.1 "${args[@]}" >"target/bench-$db.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  export KATHAN_URL="http://127.0.0.1:$port" KATHAN_KEY="$key"
  until curl -fs -o /dev/null -H 'content-type: application/json' -d '{"query":"{ quotes(first: 1) { totalCount } }"}' \
      "$KATHAN_URL/graphql"; do
    kill -0 "$pid" || { cat "target/bench-$db.log"; exit 1; }
    sleep 0.1
  done
  startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  result=$(node bench/serving.mjs)
  echo "{\"database\": \"$db\", \"startupMs\": $startup_ms, \"results\": $result}" >>"$out"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
const out = ["| database | operation | requests/s | p50 ms | p99 ms | errors |", "|---|---|---|---|---|---|"];
for (const r of rows) for (const s of r.results.serving)
  out.push(`| ${r.database} | ${s.operation} | ${s.requestsPerSecond} | ${s.p50} | ${s.p99} | ${s.errors} |`);
out.push("", "| database | start-up to first answer | ingestion (4 clients) |", "|---|---|---|");
for (const r of rows) out.push(`| ${r.database} | ${(r.startupMs / 1000).toFixed(1)} s | ${r.results.ingestion.articlesPerSecond} articles/s (${r.results.ingestion.failed} failed of ${r.results.ingestion.articles}) |`);
require("fs").writeFileSync("target/benchmarks.md", out.join("\n") + "\n");
console.log(out.join("\n"));
' "$out"
