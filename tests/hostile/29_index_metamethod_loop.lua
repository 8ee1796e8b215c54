-- SPDX-License-Identifier: MIT
-- hostile: reads a field through an __index function that loops
-- phase: load
-- expect: budget
-- message: instruction budget

-- Metamethods run from inside the VM; they are counted like any code.

local t = setmetatable({}, { __index = function(self, key)
  while true do end
end })
local x = t.anything

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_29",
  lang     = "en",
  title    = "Hostile 29",
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
