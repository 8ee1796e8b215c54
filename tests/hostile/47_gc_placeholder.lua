-- SPDX-License-Identifier: MIT
-- hostile: marks an object for finalization with __gc = false, then installs the real finalizer
-- phase: load
-- expect: error
-- message: __gc

-- Lua marks an object for finalization if its metatable has a __gc field of ANY value when
-- setmetatable is called, and looks the finalizer up only when it runs. A check for
-- type(mt.__gc) == "function" lets this through; the check must be rawget(mt, "__gc") ~= nil.

local mt = { __gc = false }
local doomed = setmetatable({}, mt)
mt.__gc = function()
  while true do end
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_47",
  lang     = "en",
  title    = "Hostile 47",
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
