#!/usr/bin/env bash
# Issue 10's slow-body probe against the service started with the README's run flags: 300
# connections each send a nearly complete 1 MB body and then a byte every 3 s; meanwhile an
# ordinary evaluation every 500 ms. Prints how the slow connections were answered, the ordinary
# evaluations' latencies, and whether the log shows an OutOfMemoryError.
# Usage: bench/slow-bodies.sh [connections, default 300] [seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-300}
seconds=${2:-30}
[ -f target/scaling-advisor.jar ] || ./mvnw -B -q package -DskipTests
readme_flags=$(sed -n 's/.*&& java \(.*\) -jar target\/scaling-advisor.jar .*/\1/p' README.md | head -1)  # the README's run flags
port=$(( 20000 + RANDOM % 20000 ))
log=$(mktemp)
MICRONAUT_SERVER_PORT=$port java ${JAVA_OPTS-$readme_flags} -jar target/scaling-advisor.jar >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; sleep 0.1; done
java bench/SlowBodies.java "$port" samples/plans/myth-4-programme.json "$connections" "$seconds"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$log" || true)"
echo "peak RSS: $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 )) MB"
