#!/usr/bin/env bash
# Checks that the committed C# parser (src/PlanDsl.Compiler/Syntax/Generated/)
# is exactly what antlr-ng generates from grammar/PlanDsl.g4.
#
# The antlr-ng command line is taken from the "generate" script of
# grammar/package.json, with only its -o directory replaced by a temp dir, and
# it is run from grammar/ with the same relative grammar path, so generated
# headers do not depend on where the repository is checked out.
#
# Usage: bash grammar/check-generated.sh   (from any directory)
set -euo pipefail

grammar_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$grammar_dir"

if [[ ! -d node_modules ]]; then
  echo "check-generated: node_modules missing, running npm ci in grammar/"
  npm ci --no-audit --no-fund
fi

# Read the generate script from package.json and split it into arguments.
# Prints one argument per line; fails if the script is not a plain antlr-ng call.
mapfile -t gen_args < <(node -e '
  const s = require("./package.json").scripts?.generate;
  if (!s) { console.error("package.json has no scripts.generate"); process.exit(1); }
  if (/["'"'"'`$\\|&;<>()]/.test(s)) { console.error("scripts.generate must be a plain command: " + s); process.exit(1); }
  const a = s.trim().split(/\s+/);
  if (a[0] !== "antlr-ng") { console.error("scripts.generate must start with antlr-ng: " + s); process.exit(1); }
  console.log(a.slice(1).join("\n"));
')

committed_rel=""
args=()
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for ((i = 0; i < ${#gen_args[@]}; i++)); do
  if [[ "${gen_args[$i]}" == "-o" ]]; then
    committed_rel="${gen_args[$((i + 1))]}"
    args+=("-o" "$tmp/out")
    i=$((i + 1))
  else
    args+=("${gen_args[$i]}")
  fi
done
if [[ -z "$committed_rel" ]]; then
  echo "check-generated: scripts.generate in grammar/package.json has no -o <dir>" >&2
  exit 2
fi
committed="$grammar_dir/$committed_rel"
if [[ ! -d "$committed" ]]; then
  echo "check-generated: committed parser folder $committed_rel (relative to grammar/) does not exist" >&2
  exit 2
fi

mkdir -p "$tmp/out"
echo "check-generated: antlr-ng ${args[*]}"
./node_modules/.bin/antlr-ng "${args[@]}" >"$tmp/antlr.log" 2>&1 || {
  cat "$tmp/antlr.log" >&2
  echo "check-generated: antlr-ng failed on PlanDsl.g4" >&2
  exit 1
}

# Compare the generated artifacts (.cs, .interp, .tokens) file by file.
list() { (cd "$1" && find . -maxdepth 1 -type f \( -name '*.cs' -o -name '*.interp' -o -name '*.tokens' \) | sed 's|^\./||' | LC_ALL=C sort); }
list "$tmp/out" >"$tmp/fresh.lst"
list "$committed" >"$tmp/committed.lst"

status=0
if ! diff -u --label committed --label regenerated "$tmp/committed.lst" "$tmp/fresh.lst" >"$tmp/files.diff"; then
  echo "check-generated: the set of generated files differs:" >&2
  cat "$tmp/files.diff" >&2
  status=1
fi
while IFS= read -r f; do
  [[ -f "$committed/$f" ]] || continue
  if ! diff -u --label "committed/$f" --label "regenerated/$f" "$committed/$f" "$tmp/out/$f" >"$tmp/file.diff"; then
    echo "check-generated: $f differs ($(grep -c '^[-+][^-+]' "$tmp/file.diff" || true) changed lines); first lines of the diff (cut at 200 columns):" >&2
    head -n 20 "$tmp/file.diff" | cut -c1-200 >&2
    status=1
  fi
done <"$tmp/fresh.lst"

if [[ $status -ne 0 ]]; then
  echo "generated parser is out of sync with grammar/PlanDsl.g4: run \`npm run generate\` in grammar/" >&2
  exit 1
fi
echo "check-generated: OK ($(wc -l <"$tmp/fresh.lst") files in $committed_rel match grammar/PlanDsl.g4)"
