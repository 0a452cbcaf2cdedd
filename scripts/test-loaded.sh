#!/usr/bin/env bash
# The whole suite on a busy machine (issue 16): `npm test` RUNS times in a row (3 unless told) while LOAD
# CPU-bound processes (2 unless told) run beside it, as on a CI machine shared with other work. Stops at the
# first red run; says how long each run took. The busy processes are this script's own and end with it.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
load=${LOAD:-2}

busy=()
stop_busy() {
  for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
}
trap stop_busy EXIT INT TERM
for ((n = 0; n < load; n++)); do
  # A tight loop in its own shell: one core's worth of work, no memory, no files.
  bash -c 'while :; do :; done' &
  busy+=("$!")
done
echo "── $load CPU-bound processes beside the suite: ${busy[*]}"

mkdir -p test-results
log=test-results/loaded.txt
: >"$log"
for ((run = 1; run <= runs; run++)); do
  echo "── run $run of $runs (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  start=$(date +%s)
  npm test
  status=$?
  seconds=$(($(date +%s) - start))
  result=$(tail -n 1 test-results/summary.txt 2>/dev/null || echo "no summary")
  echo "run $run: $result in ${seconds} s" | tee -a "$log"
  if [ "$status" -ne 0 ]; then
    echo "── run $run was red: stopping"
    exit 1
  fi
done
echo "── $runs runs green in a row under load"
cat "$log"
