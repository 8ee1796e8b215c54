-- SPDX-License-Identifier: MIT
-- hostile: reaches string.dump through the string metatable (s:dump)
-- phase: load
-- expect: error
-- message: method 'dump'

-- Method calls on strings go through the string metatable's __index; it must be the
-- sandbox's string table, not the full string library.

local bytes = (""):dump(function() return 1 end)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_10",
  lang     = "en",
  title    = "Hostile 10",
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
