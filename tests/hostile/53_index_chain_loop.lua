-- SPDX-License-Identifier: MIT
-- hostile: two tables whose __index point at each other
-- phase: load
-- expect: error
-- message: chain too long

-- Lua follows __index tables at most 2000 times: "'__index' chain too long; possible loop".

local a, b = {}, {}
setmetatable(a, { __index = b })
setmetatable(b, { __index = a })
local x = a.missing

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_53",
  lang     = "en",
  title    = "Hostile 53",
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
