#!/usr/bin/env bash
# Peak RSS under at-cap bodies: starts the jar with the README's run flags (JAVA_OPTS overrides),
# then 16 connections post plans just under max-request-size (1 MB): a valid plan of 500 activities
# with long descriptions, then an invalid one of the same size (refused at its last activity), then
# the ordinary largest sample; prints each load's throughput and errors, the JVM's native memory
# summary and peak RSS (VmHWM) against the 400 MB target.
# Usage: bench/memory.sh [seconds per load, default 20] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-16}
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/scaling-advisor.jar ] && [ -f target/scaling-advisor.jsa ] || ./mvnw -B -q package -DskipTests
plans=target/bench-plans
[ -f $plans/at-cap-valid.json ] || ./mvnw -B -q -Pbench -DskipTests compile exec:exec \
  -Dbench.main=org.scalingadvisor.bench.BenchPlans -Dbench.args=$plans
# The JVM flags of the README's run command (keep in step with README.md and .ci/run).
readme_flags=$(sed -n 's/.*&& java \(.*\) -jar target\/scaling-advisor.jar .*/\1/p' README.md | head -1)
flags=${JAVA_OPTS-$readme_flags}
port=$(( 20000 + RANDOM % 20000 ))
url="http://127.0.0.1:$port"
log=$(mktemp)
MICRONAUT_SERVER_PORT=$port ADVISOR_RULES_WATCH=false java $flags -XX:NativeMemoryTracking=summary -jar target/scaling-advisor.jar >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$url/health"; do kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; sleep 0.2; done
echo "command: bench/memory.sh $seconds $connections   commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM flags: $flags (+ -XX:NativeMemoryTracking=summary to report where memory goes)"
echo "RSS after start: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB"
load() { # name, plan
  PLAN=$2 wrk -t1 -c"$connections" -d"${seconds}s" -s bench/post-plan.lua "$url/api/v1/evaluations" >"/tmp/wrk-mem-$1.txt"
  local non2xx
  non2xx=$(awk '/Non-2xx/ {print $5}' "/tmp/wrk-mem-$1.txt")
  printf '%-44s %9s req/s  %8s non-2xx  RSS now %4d MB, peak %4d MB\n' "$1 ($(wc -c <"$2") bytes)" \
    "$(awk '/^Requests\/sec/ {print $2}' "/tmp/wrk-mem-$1.txt")" "${non2xx:-0}" \
    $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 ))
}
load "at-cap valid plan" $plans/at-cap-valid.json
load "at-cap invalid plan" $plans/at-cap-invalid.json
load "largest sample plan" "$(ls -S samples/plans/*.json | head -1)"
echo "where the memory is (NMT committed, KB; RSS split into anonymous and file-backed pages):"
jcmd $pid VM.native_memory summary | grep -E '^(Total|-) .*committed=' | sed -E 's/^-? *([A-Za-z ]+) \(reserved=[0-9]+KB, committed=([0-9]+)KB.*/  \1: \2/' | awk -F': ' '$2 > 1024'
awk '/^(Rss|Anonymous|Shared_Clean|Private_Clean):/ {printf "  %s %d MB\n", $1, $2 / 1024}' /proc/$pid/smaps_rollup
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$log" || true)"
echo "peak RSS: $(( $(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024 )) MB   (target <= 400)"
