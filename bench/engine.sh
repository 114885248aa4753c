#!/usr/bin/env bash
# JMH engine benchmark over every sample plan and the synthetic 5/50/500-activity plans, with the
# full rule base. Extra arguments go to JMH (e.g. -wi 2 -i 3 for a quicker, noisier run).
set -euo pipefail
cd "$(dirname "$0")/.."
plans=$(cd samples/plans && ls *.json | paste -sd, -)
./mvnw -B -q -Pbench -DskipTests compile exec:exec \
  -Dbench.args="EvaluationBenchmark -p plan=synthetic-5,synthetic-50,synthetic-500,$plans $*"
