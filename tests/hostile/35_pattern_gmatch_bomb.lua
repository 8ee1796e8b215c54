-- SPDX-License-Identifier: MIT
-- hostile: string.gmatch with a backtracking pattern
-- phase: load
-- expect: budget
-- message: instruction budget

-- The iterator does the work, one C call per match; each call must be charged.

local s = string.rep("a", 5000)
for m in string.gmatch(s, "(.-.-.-.-b)") do end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_35",
  lang     = "en",
  title    = "Hostile 35",
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
