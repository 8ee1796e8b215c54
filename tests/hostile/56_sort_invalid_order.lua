-- SPDX-License-Identifier: MIT
-- hostile: table.sort with an inconsistent comparator
-- phase: load
-- expect: error
-- message: invalid order function

-- A comparator that always says true makes the sort run off the array; Lua checks it.

local t = {}
for i = 1, 100 do t[i] = i end
table.sort(t, function(a, b) return true end)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_56",
  lang     = "en",
  title    = "Hostile 56",
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
