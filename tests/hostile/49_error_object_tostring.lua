-- SPDX-License-Identifier: MIT
-- hostile: raises an error object whose __tostring loops
-- phase: load
-- expect: error
-- message: error object

-- The host must never call __tostring on an error object (it would run user code outside
-- any protected, counted call); it reports the type instead.

error(setmetatable({}, { __tostring = function()
  while true do end
end }))

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_49",
  lang     = "en",
  title    = "Hostile 49",
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
