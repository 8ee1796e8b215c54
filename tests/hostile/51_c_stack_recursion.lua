-- SPDX-License-Identifier: MIT
-- hostile: recursion through a C function (string.gsub calling back into Lua)
-- phase: load
-- expect: error
-- message: stack overflow

-- Each level nests a C call; Lua stops at 200 nested C calls with "C stack overflow".

local function f()
  return (string.gsub("x", "x", f))
end
f()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_51",
  lang     = "en",
  title    = "Hostile 51",
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
