#!/usr/bin/env bash
# JMH: the whole in-process path of one request (plan bytes in, evaluation JSON bytes out) for every
# sample plan and the synthetic 5/50/500-activity plans (wholePath: p50 and throughput on one
# thread), and the same path on every core at once (allCores: plans per ms over all threads).
# Extra arguments go to JMH, e.g. -p plan=targets-with-support.json or -wi 2 -i 3.
set -euo pipefail
cd "$(dirname "$0")/.."
plans=$(cd samples/plans && ls *.json | paste -sd, -)
echo "command: ./mvnw -B -q -Pbench -DskipTests compile exec:exec -Dbench.args=\"RequestPathBenchmark -p plan=synthetic-5,synthetic-50,synthetic-500,<every samples/plans file> $*\""
./mvnw -B -q -Pbench -DskipTests compile exec:exec \
  -Dbench.args="RequestPathBenchmark -p plan=synthetic-5,synthetic-50,synthetic-500,$plans $*"
