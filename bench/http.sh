#!/usr/bin/env bash
# HTTP benchmark on loopback: a small GET of the same server (one rule, GET /api/v1/rules/{id}: what
# the HTTP stack itself costs) and POST /api/v1/evaluations with the largest sample plan, measured in
# the same run with wrk. /health is no floor: it runs every health indicator (deadlock detection
# among them). Prints both throughputs, their ratio,
# p50/p99 latency at saturation and again at about half the evaluation throughput, errors, peak RSS,
# start-to-first-evaluation time and reload times.
# Usage: bench/http.sh [seconds per measurement, default 20] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-16}

command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v jq >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
[ -f target/scaling-advisor.jar ] && [ -f target/scaling-advisor.jsa ] || ./mvnw -B -q package -DskipTests

# The JVM flags of the README's run command, unless JAVA_OPTS says otherwise (JAVA_OPTS= for none).
readme_flags=$(sed -n 's/.*&& java \(.*\) -jar target\/scaling-advisor.jar .*/\1/p' README.md | head -1)  # the README's run flags
plan=$(ls -S samples/plans/*.json | head -1)
port=$(( 20000 + RANDOM % 20000 ))
token="bench-$RANDOM$RANDOM"
url="http://127.0.0.1:$port"
log=$(mktemp)

start=$(date +%s%N)
ADVISOR_ADMIN_TOKEN=$token MICRONAUT_SERVER_PORT=$port java ${JAVA_OPTS-$readme_flags} -jar target/scaling-advisor.jar >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$plan" "$url/api/v1/evaluations"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.05
done
first_ms=$(( ($(date +%s%N) - start) / 1000000 ))
if grep -q "Unable to use shared archive" "$log"; then
  echo "warning: the JVM could not use target/scaling-advisor.jsa (rebuild with ./mvnw package); start-up is slower" >&2
fi

rps() { awk '/^Requests\/sec/ {print $2}' "/tmp/wrk-$1.txt"; }
pct() { awk -v p="$2%" '$1 == p {print $2}' "/tmp/wrk-$1.txt"; }
measure() { # name, extra wrk args...
  local name=$1; shift
  wrk -t${WRK_THREADS:-1} -c"$connections" -d"${seconds}s" --latency "$@" >"/tmp/wrk-$name.txt"
}
rule_id=$(curl -fs "$url/api/v1/rules" | jq -r '.rules[0].ruleId')
floor="$url/api/v1/rules/$rule_id"
echo "warming up (${seconds}s of the small GET, then evaluations until the JIT settles)..."
wrk -t${WRK_THREADS:-1} -c"$connections" -d"${seconds}s" "$floor" >/dev/null
# The evaluation path (Drools, Netty, Micronaut) keeps the JIT compiler busy for about a minute on 2
# cores: measured before then, compilation takes a third of the CPU and the figure is start-up, not
# service. Warm in 10 s windows until two in a row agree within 5% (at most 15 windows).
previous=0
for window in $(seq 1 15); do
  now=$(PLAN=$plan wrk -t${WRK_THREADS:-1} -c"$connections" -d10s -s bench/post-plan.lua "$url/api/v1/evaluations" | awk '/^Requests\/sec/ {print $2}')
  echo "  warm-up window $window: $now evaluations/s"
  if awk -v a="$previous" -v b="$now" 'BEGIN { exit !(a > 0 && (b - a) / a < 0.05 && (a - b) / a < 0.05) }'; then
    break
  fi
  previous=$now
done
echo "measuring..."
measure floor "$floor"
PLAN=$plan measure eval -s bench/post-plan.lua "$url/api/v1/evaluations"

# The same two endpoints at about half the evaluation throughput just measured: each connection
# pauses between requests, so latency is the service's own rather than queueing at saturation.
think_ms=$(awk -v r="$(rps eval)" -v c="$connections" \
  'BEGIN { t = r > 0 ? int(1000 * c / (0.5 * r) - 1) : 10; print (t < 1 ? 1 : t) }')
THINK_MS=$think_ms measure floor-half -s bench/post-plan.lua "$floor"
PLAN=$plan THINK_MS=$think_ms measure eval-half -s bench/post-plan.lua "$url/api/v1/evaluations"

errors() {
  local non2xx socket
  non2xx=$(awk '/Non-2xx/ {print $5}' "/tmp/wrk-$1.txt"); socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' "/tmp/wrk-$1.txt")
  echo $(( ${non2xx:-0} + ${socket:-0} ))
}

reloads=()
for _ in 1 2 3 4 5 6 7 8 9 10; do
  reloads+=("$(curl -fs -X POST -H "Authorization: Bearer $token" "$url/api/v1/admin/reload" | jq -r '.durationMs')")
done
sorted=$(printf '%s\n' "${reloads[@]}" | sort -n)
reload_median=$(echo "$sorted" | sed -n 5p)
reload_max=$(echo "$sorted" | tail -1)
rss_kb=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)

floor_rps=$(rps floor); eval_rps=$(rps eval)
p99_ratio=$(awk -v e="$(pct eval 99)" -v h="$(pct floor 99)" 'BEGIN { printf "%.2f", (ms(h) > 0 ? ms(e) / ms(h) : 0) }
  function ms(v) { return v ~ /us$/ ? v / 1000 : v ~ /ms$/ ? v + 0 : v * 1000 }')
ratio=$(awk -v e="$eval_rps" -v h="$floor_rps" 'BEGIN {printf "%.2f", (h > 0 ? e / h : 0)}')
echo
echo "command: bench/http.sh $seconds $connections   commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')   $(nproc) cores   load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Scaling Advisor HTTP benchmark: $connections connections, ${seconds}s per endpoint, plan $(basename "$plan") ($(wc -c <"$plan") bytes)"
printf '%-28s %12s %10s %10s %8s\n' endpoint req/s p50 p99 errors
printf '%-28s %12s %10s %10s %8s\n' "GET /api/v1/rules/{id}" "$floor_rps" "$(pct floor 50)" "$(pct floor 99)" "$(errors floor)"
printf '%-28s %12s %10s %10s %8s\n' "POST /api/v1/evaluations" "$eval_rps" "$(pct eval 50)" "$(pct eval 99)" "$(errors eval)"
echo "ratio evaluations / small GET (one rule): $ratio; p99 ratio evaluations / small GET: $p99_ratio"
echo "at about half that load: each connection pauses ${think_ms} ms between requests"
printf '%-28s %12s %10s %10s %8s\n' "GET /api/v1/rules/{id}" "$(rps floor-half)" "$(pct floor-half 50)" "$(pct floor-half 99)" "$(errors floor-half)"
printf '%-28s %12s %10s %10s %8s\n' "POST /api/v1/evaluations" "$(rps eval-half)" "$(pct eval-half 50)" "$(pct eval-half 99)" "$(errors eval-half)"
echo "JVM flags: ${JAVA_OPTS-$readme_flags}"
echo "start to first evaluation: ${first_ms} ms   (target <= 5000)"
echo "reload: median ${reload_median} ms, max ${reload_max} ms over 10   (target <= 1500)"
echo "peak RSS: $(( rss_kb / 1024 )) MB   (target <= 400)"
echo "target: evaluations >= 0.20 x the small GET (stretch 0.30), zero errors: ratio $ratio"
