-- SPDX-License-Identifier: MIT
-- hostile: grows a table of 32-element tables until memory runs out
-- phase: load
-- expect: memory
-- message: memory cap

-- Each turn keeps about 600 bytes for about 40 instructions, so the memory cap comes long
-- before the step budget.

local t = {}
local i = 0
while true do
  i = i + 1
  t[i] = { i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i,
           i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i }
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_43",
  lang     = "en",
  title    = "Hostile 43",
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
