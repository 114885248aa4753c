#!/usr/bin/env bash
# CPU profile of POST /api/v1/evaluations under wrk load: starts the jar with the README's flags
# plus Java Flight Recorder (profile settings), loads it for N seconds with the largest sample
# plan, and prints where the CPU samples fall: top frames (self) and the share of samples whose
# stack passes through each stage of a request. Usage: bench/profile-http.sh [seconds, default 20] [out.jfr]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
jfr=$(realpath -m "${2:-target/http-profile.jfr}")
[ -f target/scaling-advisor.jar ] || ./mvnw -B -q package -DskipTests
plan=$(ls -S samples/plans/*.json | head -1)
port=$(( 20000 + RANDOM % 20000 ))
url="http://127.0.0.1:$port"
log=$(mktemp)
MICRONAUT_SERVER_PORT=$port ADVISOR_RULES_WATCH=false java -XX:SharedArchiveFile=target/scaling-advisor.jsa -Xmx160m -XX:+UseSerialGC \
  -jar target/scaling-advisor.jar >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$url/health"; do kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; sleep 0.2; done
PLAN=$plan wrk -t1 -c16 -d10s -s bench/post-plan.lua "$url/api/v1/evaluations" >/dev/null   # warm-up
jcmd $pid JFR.start name=p settings=profile filename="$jfr" >/dev/null
PLAN=$plan wrk -t1 -c16 -d${seconds}s -s bench/post-plan.lua "$url/api/v1/evaluations" | grep -E 'Requests/sec|Latency'
jcmd $pid JFR.stop name=p >/dev/null
echo "recording: $jfr"
jfr print --events jdk.ExecutionSample --stack-depth 64 "$jfr" | java bench/JfrStages.java
jfr summary "$jfr" | grep -E 'jdk.(ExecutionSample|GarbageCollection|ObjectAllocationSample) ' || true
