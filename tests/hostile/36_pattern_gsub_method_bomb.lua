-- SPDX-License-Identifier: MIT
-- hostile: s:gsub with a backtracking pattern, through the string metatable
-- phase: load
-- expect: budget
-- message: instruction budget

-- The method call goes through the string metatable's __index: it must reach the charged
-- gsub, not the plain one.

local s = ("a"):rep(5000)
local out = s:gsub(".-.-.-.-.-b", "")

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_36",
  lang     = "en",
  title    = "Hostile 36",
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
