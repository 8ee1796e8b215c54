#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes the UI's PO template (English msgids) from the sources, with gettext's xgettext:
# every tr("...") call and every N_("...") mark. The build runs it too, to build the
# template into saqbol (`saqbol i18n extract` writes that copy out).
# Usage: tools/ui-strings.sh [OUT.pot [DEPFILE]]   (default OUT: locales/ui.pot)
#   DEPFILE: also write a Make-style dependency file (the sources read, and their
#   folders, so a new file there makes the build run this again).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/locales/ui.pot}
depfile=${2:-}
case $out in /*) ;; *) out=$PWD/$out ;; esac
case $depfile in /*|'') ;; *) depfile=$PWD/$depfile ;; esac
cd "$root"
sources=(engine/core/tips.cpp engine/core/scenario_text.cpp engine/core/report.cpp engine/core/report_csv.cpp engine/core/report_html.cpp engine/core/report_xapi.cpp engine/core/workshop.cpp engine/app/*.cpp engine/app/*.h engine/ui/*.cpp)
xgettext --from-code=UTF-8 --language=C++ --keyword=tr --keyword=N_ --no-location \
  --package-name=saqbol --msgid-bugs-address=saqbol-maintainers -o "$out" "${sources[@]}"
if [[ -n $depfile ]]; then
  {
    printf '%s:' "$out"
    for f in "${sources[@]}" engine/app engine/ui tools/ui-strings.sh; do printf ' \\\n  %s' "$root/$f"; done
    printf '\n'
  } >"$depfile"
fi
