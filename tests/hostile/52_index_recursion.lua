-- SPDX-License-Identifier: MIT
-- hostile: an __index function that reads the same missing field again
-- phase: load
-- expect: error
-- message: stack overflow

-- Each metamethod call is a nested C call: "C stack overflow" after 200 levels.

-- (Set with the metatable: metatables are frozen when set, later changes do nothing.)
local t = setmetatable({}, { __index = function(self, key) return self[key] end })
local x = t.missing

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_52",
  lang     = "en",
  title    = "Hostile 52",
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
