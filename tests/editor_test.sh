#!/bin/sh
# SPDX-License-Identifier: MIT
# luacheck with the generated .luacheckrc refuses each line below (what the sandbox removes,
# a misspelt builder, a write to a builder), so a permissive configuration cannot pass the
# scenarios test by accident. Usage: tests/editor_test.sh LUACHECK (from the repository root).
set -eu
luacheck=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for line in 'local f = io.open' 'local t = os.time()' 'local d = string.dump' 'print(1)' \
            'local r = math.random()' 'local l = load("x")' 'scenario = nil' \
            'return scenario { chioce "a" { "A" } }'; do
  printf '%s\n' "$line" > "$dir/bad.lua"
  if "$luacheck" --no-color --config .luacheckrc "$dir/bad.lua" > "$dir/out" 2>&1; then
    echo "luacheck accepted a line a scenario may not have: $line"
    exit 1
  fi
done
printf '%s\n' 'local n = math.floor(string.len("abc") / 2)' 'return scenario { node "a" { narrate(tostring(n)) } }' > "$dir/good.lua"
"$luacheck" --no-color --config .luacheckrc "$dir/good.lua"
echo "luacheck refuses what the sandbox removes and accepts what it offers"
