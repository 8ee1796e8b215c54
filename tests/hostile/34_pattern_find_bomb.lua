-- SPDX-License-Identifier: MIT
-- hostile: string.find with a pattern that backtracks polynomially
-- phase: load
-- expect: budget
-- message: instruction budget

-- Five lazy .- against 5000 characters with no b: about 5000^5 steps inside one C call.

local s = string.rep("a", 5000)
local found = string.find(s, ".-.-.-.-.-b")

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_34",
  lang     = "en",
  title    = "Hostile 34",
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
