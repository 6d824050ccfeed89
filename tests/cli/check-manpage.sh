#!/usr/bin/env bash
# cubectl's man page names every command and every option that `cubectl --help` lists, so the
# page cannot fall behind the program. Usage: check-manpage.sh CUBECTL MANPAGE
set -euo pipefail
cubectl=$1
page=$(sed 's/\\-/-/g; s/\\f[BIRP]//g' "$2")

help=$(LANG=C "$cubectl" --help --lang en-US)
missing=0
# A command is what a line indented by two spaces names before the gap: "sims list", "history".
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | grep -E '^  [a-z]' | sed -E 's/^  ([a-z-]+( [a-z-]+)?)  .*/\1/')
[ -n "$commands" ] || { echo "no commands in cubectl --help"; exit 1; }
while read -r command; do
  grep -qF "$command" <<<"$page" || { echo "the man page lacks the command: $command"; missing=1; }
  for option in $("$cubectl" $command --help --lang en-US | sed -n '/^Options:/,/^$/p' | grep -o -- '--[a-z-]*'); do
    grep -qF -- "$option" <<<"$page" || { echo "the man page lacks $option of $command"; missing=1; }
  done
done <<<"$commands"
for option in $(sed -n '/^Global options:/,/^$/p' <<<"$help" | grep -o -- '--[a-z-]*'); do
  grep -qF -- "$option" <<<"$page" || { echo "the man page lacks the global option $option"; missing=1; }
done
[ $missing -eq 0 ] && echo "the man page names all $(wc -l <<<"$commands") commands and their options"
exit $missing
