#!/usr/bin/env bash
# fuzz/run.sh <target> <seconds> [out]: fuzzes one target (frontend, json, build; see docs/fuzzing.md)
# with afl-fuzz for <seconds>, then prints execs, paths, crashes and hangs from afl-fuzz's fuzzer_stats
# and exits 1 if afl-fuzz found any crash or hang (> 10 s), or if a committed input (fuzz/seeds/<target>,
# fuzz/regressions/<target>) fails its target.
#
# Installs what it needs when absent: afl++ (Debian package, as root or with sudo) and the sharpfuzz
# tool (NuGet SharpFuzz.CommandLine, into out/fuzz/tools). Publishes fuzz/PlanDsl.Fuzzing to
# out/fuzz/bin and instruments PlanDsl.Compiler.dll, PlanDsl.Runtime.dll and plandsl.dll (the CLI)
# there (an uninstrumented copy in out/fuzz/replay replays inputs), again whenever a source is newer than the last instrumentation. Writes the seed corpus
# (fuzz/make-corpus.sh) to <out>/in and afl-fuzz's findings to <out>/findings (default out: out/fuzz/<target>).
set -euo pipefail

target="${1:?usage: fuzz/run.sh <frontend|json|build> <seconds> [out]}"
seconds="${2:?usage: fuzz/run.sh <frontend|json|build> <seconds> [out]}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$PWD"
out="${3:-out/fuzz/$target}"
case "$target" in
  frontend|build) dictionaries=(-x fuzz/plandsl.dict) ;;
  json) dictionaries=(-x fuzz/json.dict) ;;
  *) echo "fuzz/run.sh: unknown target '$target' (frontend, json, build)" >&2; exit 2 ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz/run.sh: <seconds> must be a whole number, not '$seconds'" >&2; exit 2; }

mkdir -p out/fuzz
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
sharpfuzz_version=2.3.0
bin=out/fuzz/bin          # instrumented: runs only under afl-fuzz (the coverage map is afl-fuzz's memory)
replay=out/fuzz/replay    # the same build uninstrumented: replays inputs in-process
tools=out/fuzz/tools
stamp="$bin/.instrumented"

if ! command -v afl-fuzz > /dev/null 2>&1; then
  echo "fuzz/run.sh: installing afl++ (apt-get)"
  as_root=""
  [[ "$(id -u)" -eq 0 ]] || as_root="sudo"
  $as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends afl++ > /dev/null
fi

if [[ ! -x "$tools/sharpfuzz" ]]; then
  echo "fuzz/run.sh: installing the sharpfuzz tool $sharpfuzz_version"
  dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$tools" > /dev/null
fi

# Publish and instrument, unless the instrumented build is newer than every source it is made of.
if [[ ! -f "$stamp" || ! -f "$replay/PlanDsl.Fuzzing.dll" ]] || [[ -n "$(find src fuzz/PlanDsl.Fuzzing Directory.Build.props -newer "$stamp" -type f \
      \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.g4' \) -not -path '*/obj/*' -not -path '*/bin/*' -print -quit)" ]]; then
  echo "fuzz/run.sh: publishing and instrumenting the harness into $bin"
  rm -rf "$bin" "$replay"
  dotnet publish fuzz/PlanDsl.Fuzzing -c Release -o "$replay" -v:q -nologo > out/fuzz/publish.log 2>&1 ||
    { cat out/fuzz/publish.log >&2; echo "fuzz/run.sh: dotnet publish failed" >&2; exit 1; }
  cp -r "$replay" "$bin"
  for assembly in PlanDsl.Compiler.dll PlanDsl.Runtime.dll plandsl.dll; do
    "$tools/sharpfuzz" "$bin/$assembly" > /dev/null || { echo "fuzz/run.sh: sharpfuzz could not instrument $assembly" >&2; exit 1; }
  done
  touch "$stamp"
fi

bash fuzz/make-corpus.sh "$target" "$out/in"
rm -rf "$out/findings" "$out/tmp"
mkdir -p "$out/tmp"   # the targets' temporary files (TMPDIR): afl-fuzz kills its child, which cannot clean up

# SharpFuzz's fork server runs in `dotnet`, which afl-fuzz cannot see instrumented (AFL_SKIP_BIN_CHECK);
# a sandbox has no CPU governor or core_pattern to tune. Crashing seeds are skipped by afl-fuzz (they are
# the committed reproducers of bugs, replayed below); a hang is an exec longer than 10 s.
# FUZZ_SEED=n fixes afl-fuzz's random choices (-s n), as CI does; without it every run explores anew.
fixed_seed=()
if [[ -n "${FUZZ_SEED:-}" ]]; then
  [[ "$FUZZ_SEED" =~ ^[0-9]+$ ]] || { echo "fuzz/run.sh: FUZZ_SEED must be a whole number, not '$FUZZ_SEED'" >&2; exit 2; }
  fixed_seed=(-s "$FUZZ_SEED")
fi
echo "fuzz/run.sh: afl-fuzz on target '$target' for $seconds s${FUZZ_SEED:+ (seed $FUZZ_SEED)}"
status=0
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 \
AFL_SKIP_CRASHES=1 PLANDSL_REPO="$repo" TMPDIR="$(cd "$out/tmp" && pwd)" \
  afl-fuzz -i "$out/in" -o "$out/findings" -t 10000 -m none -V "$seconds" "${dictionaries[@]}" "${fixed_seed[@]}" \
    -- dotnet "$bin/PlanDsl.Fuzzing.dll" "$target" > "$out/afl-fuzz.log" 2>&1 || status=$?

stats="$out/findings/default/fuzzer_stats"
if [[ ! -f "$stats" ]]; then
  tail -n 30 "$out/afl-fuzz.log" >&2
  echo "fuzz/run.sh: afl-fuzz exited $status without statistics (log: $out/afl-fuzz.log)" >&2
  exit 1
fi
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
execs=$(stat execs_done)
per_second=$(stat execs_per_sec)
paths=$(stat corpus_count); paths=${paths:-$(stat paths_total)}
crashes=$(stat saved_crashes); crashes=${crashes:-$(stat unique_crashes)}
hangs=$(stat saved_hangs); hangs=${hangs:-$(stat unique_hangs)}
echo "target $target: execs $execs ($per_second/s), paths $paths, crashes $crashes, hangs $hangs (findings: $out/findings/default)"

result=0
if [[ "${crashes:-0}" -gt 0 || "${hangs:-0}" -gt 0 ]]; then
  result=1
  # What each crash is: replayed by the uninstrumented build.
  mapfile -t found < <(find "$out/findings/default/crashes" -type f -name 'id:*' | LC_ALL=C sort)
  if [[ ${#found[@]} -gt 0 ]]; then
    PLANDSL_REPO="$repo" timeout 120 dotnet "$replay/PlanDsl.Fuzzing.dll" "$target" "${found[@]}" || true
  fi
  find "$out/findings/default/hangs" -type f -name 'id:*' -printf 'hang   %p\n' 2>/dev/null || true
  echo "fuzz/run.sh: target '$target' found $crashes crash(es) and $hangs hang(s): minimise them and commit them under fuzz/regressions/$target (docs/fuzzing.md)" >&2
fi

# The committed inputs: every reproducer and regression must pass its target.
mapfile -t committed < <(find "fuzz/seeds/$target" "fuzz/regressions/$target" -maxdepth 1 -type f ! -name 'README.md' 2>/dev/null | LC_ALL=C sort)
if [[ ${#committed[@]} -gt 0 ]]; then
  replay_status=0
  PLANDSL_REPO="$repo" timeout 600 dotnet "$replay/PlanDsl.Fuzzing.dll" "$target" "${committed[@]}" > "$out/committed.log" 2>&1 || replay_status=$?
  grep -v '^ok ' "$out/committed.log" || true
  echo "committed inputs of target $target: $(grep -c '^ok ' "$out/committed.log" || true) of ${#committed[@]} pass"
  if [[ $replay_status -ne 0 ]]; then
    echo "fuzz/run.sh: committed inputs of target '$target' fail (listed above)" >&2
    result=1
  fi
fi
exit $result
