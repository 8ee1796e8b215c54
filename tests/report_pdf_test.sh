#!/bin/sh
# SPDX-License-Identifier: MIT
# The printable class report prints as the teacher would print it: the fixture's HTML
# (report_html_fixture, in Kazakh) through headless Chromium to PDF, then the PDF is checked:
# it exists, has 9 pages (per class an overview and a details page, then one certificate
# per student: 2 × 2 + 5), and every page is A4 (595 × 842 points, ±1).
# Usage: report_pdf_test.sh REPORT_HTML_FIXTURE
# Exit 0 pass, 1 fail, 77 skipped (chromium missing and CI is not "true").
set -eu
fixture=$1
expected_pages=9

chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  if [ "${CI:-}" = true ]; then
    echo "FAIL: chromium is not installed (Debian package chromium; tools/setup.sh installs it)"
    exit 1
  fi
  echo "SKIP: chromium is not installed (apt-get install chromium); with CI=true this test fails"
  exit 77
fi

d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
"$fixture" "$d/report.html" kk
# A fresh profile in the temporary folder: nothing read from or written to the user's.
"$chrome" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --user-data-dir="$d/profile" --print-to-pdf="$d/report.pdf" "file://$d/report.html" \
  >"$d/chromium.log" 2>&1 || { cat "$d/chromium.log"; echo "FAIL: chromium could not print the report"; exit 1; }
if [ ! -s "$d/report.pdf" ]; then
  cat "$d/chromium.log"
  echo "FAIL: chromium wrote no PDF"
  exit 1
fi

# Page objects: "/Type /Page" not followed by "s" (that is the /Pages tree).
pages=$(grep -a -o -E '/Type */Page([^s]|$)' "$d/report.pdf" | wc -l)
if [ "$pages" -ne "$expected_pages" ]; then
  echo "FAIL: the PDF has $pages pages; expected $expected_pages (2 classes × 2 pages + 5 certificates)"
  exit 1
fi

# Every MediaBox is A4: [0 0 595.28 841.89] in points, within one point.
boxes=$(grep -a -o '/MediaBox *\[[^]]*\]' "$d/report.pdf" | tr -d '[]' | sed 's|/MediaBox||')
if [ -z "$boxes" ]; then
  echo "FAIL: the PDF names no MediaBox"
  exit 1
fi
echo "$boxes" | awk -v pages="$pages" '
  { n++; w = $3 - $1; h = $4 - $2
    if (w < 594 || w > 596.3 || h < 841 || h > 843) { printf "FAIL: a page is %s x %s points, not A4 (595 x 842)\n", w, h; bad = 1 } }
  END { if (bad) exit 1; printf "PASS: %d A4 pages (%d page boxes checked)\n", pages, n }'
