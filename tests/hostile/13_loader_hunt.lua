-- SPDX-License-Identifier: MIT
-- hostile: searches every place a loader could hide for a binary chunk
-- phase: load
-- expect: error
-- message: local 'loader'

-- If any of these holds a loader, loader is not nil and the binary chunk gets loaded.
-- All of them must be nil, so the call fails with "attempt to call a nil value (local 'loader')".
-- The environment's metatable is checked too: an __index that points at the real globals
-- is a classic sandbox mistake.

local chunk = "\27Lua\x54\x00\x19\x93\r\n\x1a\n\x04\x08\x08\x78\x56\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x28\x77\x40\x01"
local function field(t, k)
  if type(t) == "table" then return rawget(t, k) end
end
local env_mt = getmetatable(_ENV)
local loader = field(_ENV, "load") or field(_ENV, "loadstring") or field(_ENV, "loadfile")
  or field(_ENV, "dofile") or field(_ENV, "require")
  or field(field(_ENV, "_G"), "load")
  or field(string, "load") or field(string, "dump") or field(table, "load")
  or field(coroutine, "load") or field(math, "load") or field(utf8, "load")
  or field(field(env_mt, "__index"), "load")
  or field(getmetatable(string), "load")
local f = loader(chunk, "=smuggled", "b")
f()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_13",
  lang     = "en",
  title    = "Hostile 13",
  summary  = "Security test: must not load.",
  audience = { "adult" },
  minutes  = 1,
  tips     = { "codes" },
  facts    = { "test" },
  reviewed = "2026-11-27",
  start    = "start",

  node "start" {
    narrate "If you can read this, the attack above was not stopped.",
    choice "leave" { "Leave", go = "done", verdict = "safe", tip = "codes",
      why = "Security test." },
  },

  ending "done" { outcome = "safe", title = "Done", debrief = "Security test." },
}
