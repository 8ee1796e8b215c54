-- SPDX-License-Identifier: MIT
-- hostile: (""):rep(2^50) through the string metatable
-- phase: load
-- expect: budget
-- message: instruction budget

-- The same as the previous file, through the string metatable's __index.

local s = (""):rep(1 << 50)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_39",
  lang     = "en",
  title    = "Hostile 39",
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
