-- SPDX-License-Identifier: MIT
-- hostile: raises an error whose message is 1 MB long
-- phase: load
-- expect: error
-- message: cut

-- The message must be cut to a few hundred bytes before the game shows or logs it.

error(string.rep("x", 1000000) .. " end of the huge message")

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_50",
  lang     = "en",
  title    = "Hostile 50",
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
