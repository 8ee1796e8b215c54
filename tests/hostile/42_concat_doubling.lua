-- SPDX-License-Identifier: MIT
-- hostile: doubles a string with s = s .. s until memory runs out
-- phase: load
-- expect: memory
-- message: memory cap

-- 25 concatenations reach 32 MiB: far too few instructions for the budget to matter.

local s = "x"
while true do
  s = s .. s
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_42",
  lang     = "en",
  title    = "Hostile 42",
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
