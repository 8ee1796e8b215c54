-- SPDX-License-Identifier: MIT
-- hostile: table.insert on a table whose __len answers 0, then 2^40, alternately
-- phase: load
-- expect: error
-- message: __len metamethod
-- Table functions refuse tables with __len outright: a __len can answer differently each time it is asked.

-- A charge computed from #t before the call is worthless if __len answers differently when
-- the library asks again: a wrapper that asks first gets 0 and the library gets 2^40; a
-- wrapper that uses rawlen charges 0 for both calls and the second insert gets 2^40. The
-- length must be taken once and that same value both charged and used (for example, an
-- insert/remove of the sandbox's own that charges the elements it moves).

local calls = 0
local t = setmetatable({}, { __len = function()
  calls = calls + 1
  if calls % 2 == 1 then return 0 end
  return 1 << 40
end })
table.insert(t, 1, "first")
table.insert(t, 1, "second")

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_69",
  lang     = "en",
  title    = "Hostile 69",
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
