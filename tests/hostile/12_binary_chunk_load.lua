-- SPDX-License-Identifier: MIT
-- hostile: feeds a hand-made binary chunk (\27Lua...) to load
-- phase: load
-- expect: error
-- message: global 'load'

-- Binary chunks skip the compiler's checks and can crash the VM; the sandbox has no
-- loader at all, so load is absent.

local chunk = "\27Lua\x54\x00\x19\x93\r\n\x1a\n\x04\x08\x08\x78\x56\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x28\x77\x40\x01"
local f = load(chunk, "=smuggled", "b")
f()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_12",
  lang     = "en",
  title    = "Hostile 12",
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
