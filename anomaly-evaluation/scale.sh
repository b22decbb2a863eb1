#!/usr/bin/env bash
# Generates and replays realms of 3,000, 10,000 and 100,000 users (or the sizes given) with one seed and
# prints one markdown table of the headline figures side by side (also written to OUT/sizes.md).
#   anomaly-evaluation/scale.sh [seed, default 42] [sizes, default 3000,10000,100000] [out, default target/eval-sizes]
# The 100,000-user realm holds its ~15 million events in memory: the heap is set to 20 GiB.
set -euo pipefail
SEED="${1:-42}"
SIZES="${2:-3000,10000,100000}"
OUT="${3:-target/eval-sizes}"
JAR="$(dirname "$0")/target/anomaly-evaluation.jar"
exec java -Xms4g -Xmx20g -XX:+UseParallelGC -jar "$JAR" --seed "$SEED" --weeks 8 --sizes "$SIZES" --out "$OUT"
