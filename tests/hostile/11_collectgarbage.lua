-- SPDX-License-Identifier: MIT
-- hostile: stops the garbage collector with collectgarbage
-- phase: load
-- expect: error
-- message: global 'collectgarbage'

-- collectgarbage could stop the collector, and its "count" tells how much memory the host uses.

collectgarbage("stop")

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_11",
  lang     = "en",
  title    = "Hostile 11",
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
