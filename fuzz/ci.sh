#!/usr/bin/env bash
# fuzz/ci.sh: the fuzzing step of CI (.ci/run). Runs every fuzz target under afl-fuzz for a short fixed
# budget (FUZZ_SECONDS per target, default 50 s: about 3 x 50 s of fuzzing, plus the publish, the
# instrumentation and each target's dry run of its seeds) and fails if any target found a crash or a
# hang (> 10 s), or if a committed input (fuzz/seeds, fuzz/regressions) fails its target.
# All targets run even when one fails; the summary lists each.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${FUZZ_SECONDS:-50}"
# Calibrate each seed with fewer execs: the budget is short and the build target emits per exec.
export AFL_FAST_CAL=1
# afl-fuzz's random choices are fixed in CI (FUZZ_SEED=... overrides); a found crash still fails CI.
export FUZZ_SEED="${FUZZ_SEED:-11}"

failed=()
summary=()
for target in frontend json build; do
  echo "-- fuzz target $target ($seconds s)"
  log="out/fuzz/ci-$target.log"
  mkdir -p out/fuzz
  if bash fuzz/run.sh "$target" "$seconds" "out/fuzz/ci-$target" 2>&1 | tee "$log"; then
    :
  else
    failed+=("$target")
  fi
  summary+=("$(grep -m1 '^target ' "$log" || echo "target $target: no statistics")")
done

printf '%s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz/ci.sh: failing targets: ${failed[*]} (see out/fuzz/ci-<target>.log and docs/fuzzing.md)" >&2
  exit 1
fi
