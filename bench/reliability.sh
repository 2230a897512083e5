#!/usr/bin/env bash
# Load and faults (issue 6), on this machine, loopback only, bounded in time (DURATION seconds of load, default
# 180, plus start-up and checks: about five minutes). Builds the jar if needed, gives Kathan a fresh PostgreSQL
# database (kathan_reliability on 127.0.0.1:5432), runs bench/reliability.mjs against it (mixed reads and
# ingests, PostgreSQL restarted halfway, every article checked whole, heap and connections before and after, a
# graceful shutdown with ingests in flight), and writes the results to target/reliability.json. Numbers from a
# run are recorded in docs/reliability.md. Needs root (to restart PostgreSQL), node 20+, and psql.
# Usage: bench/reliability.sh        (DURATION=60 CONCURRENCY=8 bench/reliability.sh for a shorter run)
set -euo pipefail
cd "$(dirname "$0")/.."

export DURATION=${DURATION:-180}
export CONCURRENCY=${CONCURRENCY:-16}
db=kathan_reliability
cluster=$(ls /etc/postgresql | head -n 1)

jar=$(ls target/kathan-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  mvn -q -B package -DskipTests
  jar=$(ls target/kathan-*.jar | head -n 1)
fi
pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $db" -c "create database $db"
export KATHAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db

key=$(java -jar "$jar" keys create --name="bench-$$" --outlet=IANS --role=EDITOR --spring.profiles.active=postgres \
  | tail -n 1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log=target/reliability-server.log
# The partner's write budget is opened wide: this measures the service, not the rate limit.
java -Xmx512m -jar "$jar" --spring.profiles.active=postgres --server.port="$port" --server.address=127.0.0.1 \
  --kathan.partners.rate-limit.capacity=1000000 --kathan.partners.rate-limit.per-minute=1000000 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
export KATHAN_URL="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$KATHAN_URL/actuator/health/readiness" && break
  sleep 1
done

export KATHAN_KEY=$key SERVER_PID=$pid OUT=target/reliability.json
export RESTART_CMD="pg_ctlcluster --skip-systemctl-redirect $cluster main restart"
status=0
node bench/reliability.mjs || status=$?
wait "$pid" 2>/dev/null || true
echo "Server log: $log; results: $OUT"
exit $status
