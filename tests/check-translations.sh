#!/usr/bin/env bash
# Fails when a catalogue is not complete and current: an entry unfinished, obsolete or
# vanished, or a string in the sources (or .ui forms) that lupdate would add.
#   check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
cd "$source_dir"

status=0
for ts in translations/*.ts; do
  if grep -nE 'type="(unfinished|obsolete|vanished)"' "$ts"; then
    echo "check-translations: $ts has unfinished or stale entries (above)" >&2
    status=1
  fi
done

# Chinese text takes Chinese punctuation: an ASCII ; , : ? or ! right after a Chinese
# character (codes, URLs and "(&X)" mnemonics stay ASCII, and never follow one directly).
if grep -nP '<(translation|numerusform)>[^<]*\p{Han}[;,:?!]' translations/*zh_CN.ts; then
  echo "check-translations: ASCII punctuation after Chinese text (above): use ；，：？！" >&2
  status=1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t sources < <(find src -name '*.cpp' -o -name '*.h'; find ui -name '*.ui')
for ts in translations/*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  # Core's headers go by their room (fleet/fleetstore.h), found from src/core as in the build.
  report=$("$lupdate" -I src/core "${sources[@]}" -ts "$copy" -no-obsolete -locations none 2>&1)
  if ! grep -q '(0 new and' <<<"$report"; then
    echo "check-translations: lupdate finds strings that $ts lacks:" >&2
    echo "$report" >&2
    status=1
  fi
  if [ "$(grep -c '<message' "$copy")" != "$(grep -c '<message' "$ts")" ]; then
    echo "check-translations: $ts holds entries the sources no longer have" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "check-translations: every catalogue is complete and matches the sources."
exit $status
