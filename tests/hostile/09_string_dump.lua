-- SPDX-License-Identifier: MIT
-- hostile: turns a function into bytecode with string.dump
-- phase: load
-- expect: error
-- message: field 'dump'

-- string.dump is the first half of bytecode smuggling (dump, patch, load as binary).

local bytes = string.dump(function() return 1 end)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_09",
  lang     = "en",
  title    = "Hostile 09",
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
