#!/usr/bin/env bash
# fuzz/make-corpus.sh <target> <folder>: writes the seed corpus of a fuzz target into <folder> (emptied
# first). The inputs, one file each:
#   frontend, build: every plans/**/*.plan; each catalog that imports, with its imports, as one
#                    multi-file input (lines '//@file <path>', see fuzz/PlanDsl.Fuzzing/PlanInput.cs);
#                    every diagnostic case of tests/PlanDsl.Compiler.Tests/Diagnostics/Cases (a folder
#                    case as one multi-file input);
#   json:            every JSON object literal ("""{…}""") of the CLI tests in tests/PlanDsl.Runtime.Tests;
# and, for every target, fuzz/seeds/<target>/* (the issue's reproducers) and fuzz/regressions/<target>/*.
set -euo pipefail

target="${1:?usage: make-corpus.sh <frontend|json|build> <folder>}"
out="${2:?usage: make-corpus.sh <frontend|json|build> <folder>}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

rm -rf "$out"
mkdir -p "$out"

# A multi-file input of the files under $1 (paths relative to $1, prefixed by $2).
multi_file() {
  local root="$1" prefix="$2" file
  while IFS= read -r file; do
    printf '//@file %s%s\n' "$prefix" "${file#"$root"/}"
    cat "$file"
    printf '\n'
  done < <(find "$root" -type f \( -name '*.plan' -o -name 'plandsl.lint.json' \) | LC_ALL=C sort)
}

plan_corpus() {
  local file name case_dir
  while IFS= read -r file; do
    name="${file#plans/}"
    cp "$file" "$out/plans-${name//\//-}"
    if grep -q '^import ' "$file"; then
      # The catalog first, then the shared files it may import, under their paths in plans/.
      {
        printf '//@file %s\n' "$name"
        cat "$file"
        printf '\n'
        multi_file plans/shared shared/
      } > "$out/plans-${name//\//-}.with-imports.plan"
    fi
  done < <(find plans -type f -name '*.plan' | LC_ALL=C sort)

  for file in tests/PlanDsl.Compiler.Tests/Diagnostics/Cases/*.plan; do
    cp "$file" "$out/case-$(basename "$file")"
  done
  for case_dir in tests/PlanDsl.Compiler.Tests/Diagnostics/Cases/*/; do
    case_dir="${case_dir%/}"
    multi_file "$case_dir" "" > "$out/case-$(basename "$case_dir").plan"
  done
}

json_corpus() {
  # One file per distinct object literal, single-line or spread over lines, in the order found.
  find tests/PlanDsl.Runtime.Tests -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -print0 | LC_ALL=C sort -z |
    xargs -0 perl -0777 -ne 'while (/"""\s*(\{.*?\})\s*"""/gs) { my $j = $1; $j =~ s/^\s+//mg; print "$j\0"; }' |
    perl -0 -ne 'chomp; next if $seen{$_}++; open(my $f, ">", sprintf("%s/test-%03d.json", $ENV{OUT}, ++$n)) or die; print $f "$_\n";'
}

case "$target" in
  frontend|build) plan_corpus ;;
  json) OUT="$out" json_corpus ;;
  *) echo "make-corpus.sh: unknown target '$target' (frontend, json, build)" >&2; exit 2 ;;
esac

for extra in "fuzz/seeds/$target" "fuzz/regressions/$target"; do
  [[ -d "$extra" ]] || continue
  find "$extra" -maxdepth 1 -type f ! -name 'README.md' -exec cp {} "$out/" \;
done
echo "make-corpus.sh: $(find "$out" -type f | wc -l) inputs for target '$target' in $out"
