#!/usr/bin/env bash
# `plandsl build` of all five seed catalogs as a whole process, cold (a new process each run: runtime start-up,
# JIT, parsing, binding, calendar precomputation, Roslyn emit, writing five dlls), measured with hyperfine.
# Writes bench/results/plandsl-build.md and plandsl-build.json. Usage: bench/PlanDsl.Bench/build-cold.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-10}"
cd "$root"
dotnet build -c Release src/PlanDsl.Cli -nologo -v quiet
tool="$root/src/PlanDsl.Cli/bin/Release/net10.0/plandsl.dll"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
hyperfine --warmup 1 --runs "$runs" \
  --prepare "rm -rf '$out'/*" \
  --command-name "plandsl build plans/ (5 catalogs, new process)" \
  --export-markdown "$root/bench/results/plandsl-build.md" \
  --export-json "$root/bench/results/plandsl-build.json" \
  "dotnet '$tool' build plans/ -o '$out'"
ls "$out"
