-- SPDX-License-Identifier: MIT
-- hostile: sorts with a comparator that loops
-- phase: load
-- expect: budget
-- message: instruction budget

-- table.sort calls the comparator from C; the comparator is counted like any code.

local t = { 5, 3, 1, 4, 2 }
table.sort(t, function(a, b)
  while true do end
end)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_31",
  lang     = "en",
  title    = "Hostile 31",
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
