-- SPDX-License-Identifier: MIT
-- hostile: a <close> variable whose __close loops
-- phase: load
-- expect: error
-- message: __close

-- setmetatable must refuse metatables with __close (see 25_close_added_later.lua for the way
-- around that check, which the budget must handle).

do
  local guard <close> = setmetatable({}, { __close = function()
    while true do end
  end })
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_48",
  lang     = "en",
  title    = "Hostile 48",
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
