#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up SaqBol on Debian 12: installs the Debian packages it needs (apt-get, as root or
# with sudo), configures with CMake and builds build/saqbol.
#   tools/setup.sh           set up and build
#   tools/setup.sh --test    ... then run every test (ctest); with CI=true also a
#                            sanitizer build (ASan + UBSan) and warnings as errors
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config   # the toolchain
  liblua5.4-dev          # Lua 5.4 (its C++ build: Lua errors unwind C++ frames)
  libgettextpo-dev gettext  # PO translation files: the reader library and msgfmt/xgettext
  libsqlite3-dev         # the results store
  nlohmann-json3-dev     # JSON output of the command line
  libzip-dev             # scenario packs: reading .zip packs safely, writing them (saqbol pack)
  doctest-dev            # unit tests
  libsdl2-dev            # the game window, input, audio (engine/platform)
  libimgui-dev           # Dear ImGui 1.86: the screens (engine/ui)
  libstb-dev             # stb_image_write: PNG screenshots; stb_image in the rendering tests
  fonts-noto-core        # a font with every Kazakh letter (Noto Sans) ...
  fonts-dejavu-core      # ... and its fallback (DejaVu Sans)
  lua5.4                 # luac5.4 -p: the test that Lua accepts the editor annotations (editor/saqbol.lua)
  lua-check              # luacheck scenarios/ with the generated .luacheckrc (a test runs it)
  graphviz               # dot: a test draws saqbol graph's DOT (and trainers draw their story graphs)
)
# Only the tests need these; the game does not.
if [[ ${1:-} == --test ]]; then
  packages+=(
    chromium             # headless: a test prints the class report (HTML) to PDF
    python3              # bench/run.py: a test checks that bench/run --quick works
  )
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
  fi
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

werror=OFF
[[ ${CI:-} == true ]] && werror=ON
cmake -S . -B build -G Ninja -DSAQBOL_WERROR=$werror >/dev/null
cmake --build build

if [[ ${1:-} == --test ]]; then
  ctest --test-dir build --output-on-failure -j2
  if [[ ${CI:-} == true ]]; then
    echo "setup: the tests again under AddressSanitizer and UndefinedBehaviorSanitizer"
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSAQBOL_SANITIZE=ON -DSAQBOL_WERROR=ON >/dev/null
    cmake --build build-asan
    # The pixel-heavy rendering suites (every moment in every language at every size, read
    # through line by line) run in the normal pass only: unoptimised and sanitized they take
    # most of CI's half hour while exercising the same drawing code the other render tests do.
    # The bench's quick check runs the same binaries' commands: once, in the normal pass.
    ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0 \
      UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      ctest --test-dir build-asan --output-on-failure -j2 \
        -E '^render/(at XL|every moment of both forms|code_1414 draws every moment|every app of the phone draws|the keypad draws whole)|^bench/'
  fi
fi
