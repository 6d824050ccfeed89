#!/usr/bin/env bash
# Fails when the binary given loads Qt Widgets or Qt Gui, or does not load Qt Core at all
# (which would mean ldd did not read it, and the check proved nothing).
set -euo pipefail
binary=$1
libraries=$(ldd "$binary")
if ! grep -q 'libQt6Core' <<<"$libraries"; then
  echo "check-no-widgets: ldd shows no libQt6Core for $binary; cannot judge" >&2
  exit 1
fi
if grep -E 'libQt6(Widgets|Gui)' <<<"$libraries"; then
  echo "check-no-widgets: $binary links only the core layer but loads the libraries above" >&2
  exit 1
fi
echo "check-no-widgets: $(basename "$binary") loads Qt Core and no Qt Widgets or Qt Gui."
