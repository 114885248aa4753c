#!/usr/bin/env bash
# Output-equality check for speed work: starts the jar and POSTs every plan in samples/plans,
# samples/calibration and samples/cases (their "plan"), the synthetic 5/50/500-activity plans and
# the at-cap plans, with no audience and with each audience, plus a few refused bodies; writes each
# answer's status, content type and body bytes to OUT/<name>, with only the per-request
# evaluationId and the per-load ruleset.loadedAt blanked (byte-for-byte otherwise).
# Compare two dumps with: diff -r OUT1 OUT2
# Usage: bench/dump-evaluations.sh OUT
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:?usage: bench/dump-evaluations.sh OUT}")
mkdir -p "$out"
[ -f target/scaling-advisor.jar ] || ./mvnw -B -q package -DskipTests
plans=target/bench-plans
[ -f $plans/at-cap-valid.json ] || ./mvnw -B -q -Pbench -DskipTests compile exec:exec \
  -Dbench.main=org.scalingadvisor.bench.BenchPlans -Dbench.args=$plans
port=$(( 20000 + RANDOM % 20000 ))
url="http://127.0.0.1:$port"
log=$(mktemp)
MICRONAUT_SERVER_PORT=$port ADVISOR_RULES_WATCH=false java -XX:SharedArchiveFile=target/scaling-advisor.jsa -Xmx144m \
  -XX:+UseSerialGC -jar target/scaling-advisor.jar >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$url/health"; do kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; sleep 0.2; done

tmp=$(mktemp -d)
# A case's "plan" is the plan itself, or the path of a file in samples/plans (posted below already).
for f in samples/cases/*.json samples/calibration/*.json; do
  if [ "$(jq -r '.plan | type' "$f")" = object ]; then
    jq '.plan' "$f" >"$tmp/$(basename "$(dirname "$f")")-$(basename "$f")"
  fi
done
for f in samples/plans/*.json; do cp "$f" "$tmp/plans-$(basename "$f")"; done
cp $plans/*.json "$tmp/"
printf '{"title":"x","sector":"HOSPITAL"}' >"$tmp/refused-enum.json"
printf '{"title":"x",' >"$tmp/refused-malformed.json"
printf '{"title":"x","title":"y"}' >"$tmp/refused-duplicate.json"
printf '{"title":"x\\ud800"}' >"$tmp/refused-lone-surrogate.json"
printf '{"title":"x\\ud800","sector":"HOSPITAL"}' >"$tmp/refused-lone-surrogate-and-enum.json"
printf '{"title":"x\xff"}' >"$tmp/refused-utf8.json"
printf '{"title":"\x93x\x94"}' >"$tmp/refused-cp1252.json"
printf '{"title":"x\xed\xa0\x80"}' >"$tmp/refused-encoded-surrogate.json"
printf '{"title":"emoji \\ud83d\\ude00 and escaped backslash-u \\\\u and caf\xc3\xa9"}' >"$tmp/escapes-valid.json"
{ printf '\xef\xbb\xbf'; cat samples/plans/myth-4-programme.json; } >"$tmp/bom-plan.json"

post() { # file, name, query
  local headers
  headers=$(mktemp)
  curl -s -D "$headers" -o "$out/$2.body" -X POST -H 'Content-Type: application/json' --data-binary @"$1" "$url/api/v1/evaluations$3"
  awk 'NR == 1 {print $2} tolower($1) == "content-type:" {print $2}' "$headers" | tr -d '\r' >"$out/$2.head"
  rm -f "$headers"
  # Blank the per-request id and the per-load time, nothing else (sed on the raw bytes).
  sed -i -E 's/"evaluationId":"[0-9a-f-]{36}"/"evaluationId":"-"/; s/"loadedAt":"[^"]*"/"loadedAt":"-"/' "$out/$2.body"
}
count=0
for f in "$tmp"/*.json; do
  name=$(basename "$f" .json)
  post "$f" "$name" ""
  count=$((count + 1))
  case "$name" in refused-*|at-cap-*) continue ;; esac
  for audience in INNOVATOR ADOPTER SYSTEM_LEADER COMMISSIONER; do
    post "$f" "$name.$audience" "?audience=$audience"
  done
done
post "$tmp/plans-myth-4-programme.json" "bad-audience" "?audience=NOBODY"
rm -rf "$tmp"
echo "dumped $(ls "$out" | grep -c '\.body$') answers for $count bodies into $out"
