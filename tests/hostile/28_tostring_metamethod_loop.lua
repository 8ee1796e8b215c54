-- SPDX-License-Identifier: MIT
-- hostile: calls tostring on a table whose __tostring loops
-- phase: load
-- expect: budget
-- message: instruction budget

-- tostring is a C function that calls back into Lua; the callback is counted like any code.

local t = setmetatable({}, { __tostring = function()
  while true do end
end })
local s = tostring(t)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_28",
  lang     = "en",
  title    = "Hostile 28",
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
