-- SPDX-License-Identifier: MIT
-- hostile: loops forever at the top level
-- phase: load
-- expect: budget
-- message: instruction budget

-- The plainest attack: the loader must stop it and the game go on.

while true do end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_18",
  lang     = "en",
  title    = "Hostile 18",
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
