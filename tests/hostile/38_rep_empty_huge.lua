-- SPDX-License-Identifier: MIT
-- hostile: string.rep("", 2^50): a 2^50-turn loop in C that allocates nothing
-- phase: load
-- expect: budget
-- message: instruction budget

-- The result is empty, so nothing is allocated, but string.rep still loops n times:
-- the charge must count n, not only the size of the result.

local s = string.rep("", 1 << 50)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_38",
  lang     = "en",
  title    = "Hostile 38",
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
