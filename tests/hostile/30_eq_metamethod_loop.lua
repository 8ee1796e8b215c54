-- SPDX-License-Identifier: MIT
-- hostile: compares two tables whose __eq loops
-- phase: load
-- expect: budget
-- message: instruction budget

-- Comparison metamethods run from inside the VM; they are counted like any code.

local mt = { __eq = function(a, b)
  while true do end
end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
if a == b then end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_30",
  lang     = "en",
  title    = "Hostile 30",
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
