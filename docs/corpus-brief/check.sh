#!/bin/bash
# Usage: bash /work/corpus-brief/check.sh FILE.json
# Tells you only whether the "plan" inside a case file is valid against the served schema.
# Prints "VALID" or the HTTP status and the problem (with its JSON pointer). Nothing else.
f="$1"
jq -e .plan "$f" > /tmp/check-$$.json 2>/dev/null || { echo "NOT JSON or no .plan in $f"; exit 2; }
code=$(curl -s -o /tmp/check-$$.out -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @/tmp/check-$$.json http://localhost:18111/api/v1/evaluations)
if [ "$code" = "200" ]; then echo VALID; else echo "HTTP $code"; jq '{title, detail, errors: (.errors // ._embedded.errors // .invalidParams // empty)}' /tmp/check-$$.out 2>/dev/null || cat /tmp/check-$$.out; fi
rm -f /tmp/check-$$.json /tmp/check-$$.out
