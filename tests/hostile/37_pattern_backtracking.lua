-- SPDX-License-Identifier: MIT
-- hostile: exponential backtracking with optional items (a?^40 a^40 on a^40)
-- phase: load
-- expect: budget
-- message: instruction budget

-- The subject and pattern are tiny (40 and 121 characters) but the work doubles with each
-- a? (about 2^40 steps; stock Lua needs days). A worst-case estimate from the lengths
-- alone (len(s) * len(p), or any fixed power of them) misses it: the charge must grow
-- with the number of repetition items, or the matcher must count its own steps.

local s = string.rep("a", 40)
local p = string.rep("a?", 40) .. string.rep("a", 40) .. "b"
local found = string.match(s, p)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_37",
  lang     = "en",
  title    = "Hostile 37",
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
