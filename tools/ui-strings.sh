#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes the UI's PO template (English msgids) from the sources, with gettext's xgettext:
# every tr("...") call and every N_("...") mark. Usage: tools/ui-strings.sh OUT.pot
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/locales/ui.pot}
cd "$root"
xgettext --from-code=UTF-8 --language=C++ --keyword=tr --keyword=N_ --no-location \
  --package-name=saqbol --msgid-bugs-address=saqbol-maintainers -o "$out" \
  engine/core/tips.cpp engine/core/scenario_text.cpp engine/app/*.cpp engine/ui/*.cpp
