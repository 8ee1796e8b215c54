-- SPDX-License-Identifier: MIT
-- hostile: rawsets __index in the string metatable
-- phase: load
-- expect: error
-- message: table expected

-- rawset bypasses __newindex but needs the metatable itself; getmetatable("") must
-- give a string, so rawset fails with "table expected, got string".

rawset(getmetatable(""), "__index", { upper = function() return "hijacked" end })

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_15",
  lang     = "en",
  title    = "Hostile 15",
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
