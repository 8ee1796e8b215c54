-- SPDX-License-Identifier: MIT
-- hostile: recurses forever through tail calls, which never grow the stack
-- phase: load
-- expect: budget
-- message: instruction budget

-- A proper tail call reuses its frame: no stack overflow, no memory, only the budget stops it.

local function spin(n) return spin(n + 1) end
spin(0)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_20",
  lang     = "en",
  title    = "Hostile 20",
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
