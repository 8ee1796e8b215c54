-- SPDX-License-Identifier: MIT
-- hostile: sets a __gc finalizer that loops
-- phase: load
-- expect: error
-- message: __gc

-- A finalizer runs when the collector frees the object, possibly in lua_close after the
-- host stopped counting: setmetatable must refuse metatables with __gc.

setmetatable({}, { __gc = function()
  while true do end
end })

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_46",
  lang     = "en",
  title    = "Hostile 46",
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
