-- SPDX-License-Identifier: MIT
-- hostile: replaces __index of the metatable that all strings share
-- phase: load
-- expect: error
-- message: attempt to index

-- getmetatable("") must return the lock value (a string), not the shared metatable;
-- assigning a field of a string then fails with "attempt to index a string value".

getmetatable("").__index = { upper = function() return "hijacked" end }

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_14",
  lang     = "en",
  title    = "Hostile 14",
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
