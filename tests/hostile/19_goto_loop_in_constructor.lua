-- SPDX-License-Identifier: MIT
-- hostile: loops forever with goto while the scenario table is being built
-- phase: load
-- expect: budget
-- message: instruction budget

-- The loop sits in a field of the scenario { ... } table, so it runs while the file
-- builds its scenario.

return scenario {
  format   = 1,
  id       = "hostile_19",
  lang     = "en",
  title    = (function()
    ::again::
    goto again
  end)(),
  summary  = "Security test: must not load.",
  audience = { "adult" },
  minutes  = 1,
  tips     = { "codes" },
  facts    = { "test" },
  reviewed = "2026-11-27",
  start    = "start",

  node "start" {
    narrate "If you can read this, the attack was not stopped.",
    choice "leave" { "Leave", go = "done", verdict = "safe", tip = "codes",
      why = "Security test." },
  },

  ending "done" { outcome = "safe", title = "Done", debrief = "Security test." },
}
