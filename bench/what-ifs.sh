#!/usr/bin/env bash
# HTTP benchmark of the what-ifs and the editor's live advice on loopback, one connection at a time (so
# latency is about the server's own time): POST /api/v1/what-ifs with the largest sample and with a sparse
# plan (samples/plans/absent-fields.json), POST /plans/{id}/advice (the page's live advice, form-encoded)
# with the largest sample, the page's "questions that matter" (POST /plans/{id}/questions, open fields only)
# with the sparse plan, and the small GET floor (one rule, GET /api/v1/rules/{id}) in the same run.
# For each: p50, p95, p99 (wrk, bench/percentiles.lua), requests/s, and the server process's CPU per
# request (utime + stime from /proc over the measurement, every thread: JIT and GC included).
# Usage: bench/what-ifs.sh [seconds per measurement, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}

command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v jq >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
[ -f target/scaling-advisor.jar ] || ./mvnw -B -q package -DskipTests

readme_flags=$(sed -n 's/.*&& java \(.*\) -jar target\/scaling-advisor.jar .*/\1/p' README.md | head -1)
largest=$(ls -S samples/plans/*.json | head -1)
sparse=samples/plans/absent-fields.json
port=$(( 20000 + RANDOM % 20000 ))
url="http://127.0.0.1:$port"
work=$(mktemp -d)
data="$work/data"
mkdir -p "$data"
# A database of its own, so the benchmark neither reads nor fills the working folder's drafts.
DATASOURCES_DEFAULT_URL="jdbc:h2:file:$data/bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  MICRONAUT_SERVER_PORT=$port java ${JAVA_OPTS-$readme_flags} -jar target/scaling-advisor.jar >"$work/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$largest" "$url/api/v1/evaluations"; do
  kill -0 $pid 2>/dev/null || { cat "$work/log"; exit 1; }
  sleep 0.1
done

# The editor's form for the largest sample: each control named by its dotted path (activities[2].type),
# lists of choices as repeated names, as a browser submits it.
form() {
  jq -r '[paths(scalars) as $p | ($p | to_entries | map(
            if (.value | type) == "number" then (if .key == ($p | length) - 1 then "" else "[\(.value)]" end)
            elif .key == 0 then .value else "." + .value end) | join("")) + "=" + (getpath($p) | tostring | @uri)]
          | join("&")' "$1"
}
form "$largest" >"$work/form"
form "$sparse" >"$work/form-sparse"
plan_id=$(curl -fs -X POST -H 'Content-Type: application/json' --data-binary @"$largest" "$url/api/v1/plans" | jq -r '.id')
rule_id=$(curl -fs "$url/api/v1/rules" | jq -r '.rules[0].ruleId')
for page in "advice form" "questions form-sparse"; do
  set -- $page
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-binary @"$work/$2" "$url/plans/$plan_id/$1")
  [ "$status" = 200 ] || { echo "POST /plans/{id}/$1 answered $status"; exit 1; }
done

labels=("GET /api/v1/rules/{id}" "POST /api/v1/what-ifs $(basename "$largest")" "POST /api/v1/what-ifs $(basename "$sparse")"
        "POST /plans/{id}/advice $(basename "$largest")" "POST /plans/{id}/questions $(basename "$sparse")")
paths=("/api/v1/rules/$rule_id" /api/v1/what-ifs /api/v1/what-ifs "/plans/$plan_id/advice" "/plans/$plan_id/questions")
bodies=("" "$largest" "$sparse" "$work/form" "$work/form-sparse")
types=("" application/json application/json application/x-www-form-urlencoded application/x-www-form-urlencoded)
run() { # index, connections, seconds
  BODY=${bodies[$1]} CONTENT_TYPE=${types[$1]} wrk -t1 -c"$2" -d"$3s" -s bench/percentiles.lua "$url${paths[$1]}"
}
cpu_ticks() { awk '{print $14 + $15}' /proc/$pid/stat; }

echo "warming up: ${seconds}s of each endpoint on 2 connections, twice (the JIT compiles Drools, Netty and Micronaut for about a minute)"
for round in 1 2; do
  for i in 0 1 2 3 4; do run $i 2 "$seconds" >/dev/null; done
done
echo "measuring: ${seconds}s of each, 1 connection"
ticks_per_s=$(getconf CLK_TCK)
results=()
for i in 0 1 2 3 4; do
  before=$(cpu_ticks)
  line=$(run $i 1 "$seconds" | grep '^RESULT')
  after=$(cpu_ticks)
  results+=("$line $(( after - before )) $(cut -d' ' -f1 /proc/loadavg)")
done
evaluations_largest=$(curl -fs -X POST -H 'Content-Type: application/json' --data-binary @"$largest" "$url/api/v1/what-ifs" | jq '"\(.evaluations) of \(.variants)"' -r)
evaluations_sparse=$(curl -fs -X POST -H 'Content-Type: application/json' --data-binary @"$sparse" "$url/api/v1/what-ifs" | jq '"\(.evaluations) of \(.variants)"' -r)

echo
echo "command: bench/what-ifs.sh $seconds   commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')   $(nproc) cores   JVM flags: ${JAVA_OPTS-$readme_flags}"
printf '%-50s %8s %7s %9s %9s %9s %8s %12s %6s\n' endpoint requests errors "p50 ms" "p95 ms" "p99 ms" "req/s" "CPU ms/req" load
for i in 0 1 2 3 4; do
  read -r _ _ requests _ errors _ p50 _ p95 _ p99 _ max ticks load <<<"${results[$i]}"
  awk -v l="${labels[$i]}" -v n="$requests" -v e="$errors" -v a="$p50" -v b="$p95" -v c="$p99" -v s="$seconds" -v t="$ticks" -v hz="$ticks_per_s" -v ld="$load" \
    'BEGIN { printf "%-50s %8d %7d %9.2f %9.2f %9.2f %8.1f %12.2f %6s\n", l, n, e, a / 1000, b / 1000, c / 1000, n / s, (n > 0 ? 1000 * t / hz / n : 0), ld }'
done
echo "evaluations run per what-ifs request: $evaluations_largest variants ($(basename "$largest")), $evaluations_sparse ($(basename "$sparse"))"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "targets: live advice p95 <= 30 ms; what-ifs p95 <= 25 ms and CPU <= 15 ms per request"
