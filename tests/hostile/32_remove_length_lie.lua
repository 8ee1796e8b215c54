-- SPDX-License-Identifier: MIT
-- hostile: table.remove on a table whose __len claims 2^40 elements
-- phase: load
-- expect: error
-- message: __len metamethod
-- Table functions refuse tables with __len outright: a __len can answer differently each time it is asked.

-- table.remove shifts t[i] = t[i + 1] for every i up to #t, all in C: the values are nil,
-- nothing is allocated and no Lua instruction runs, so only a charge by the length the
-- library will use (#t with __len, not rawlen) stops it.

local t = setmetatable({}, { __len = function() return 1 << 40 end })
table.remove(t, 1)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_32",
  lang     = "en",
  title    = "Hostile 32",
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
