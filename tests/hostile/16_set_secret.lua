-- SPDX-License-Identifier: MIT
-- hostile: leaves marks (globals, library fields, a replaced string.upper) for the next file to find
-- phase: load
-- expect: error
-- message: set-secret

-- The partner of the next file, which checks that none of these marks is visible from
-- another scenario file. The file then fails to load on purpose.

-- Each mark is made under pcall: a sandbox may make library tables read-only, and that
-- is fine; what matters is that the next file sees none of the marks that were made.
local function mark(f) pcall(f) end
mark(function() secret_from_other = "left by the previous file" end)
mark(function() rawset(_ENV, "raw_secret_from_other", "left by the previous file") end)
mark(function() string.secret_from_other = "left by the previous file" end)
mark(function() table.secret_from_other = "left by the previous file" end)
mark(function() math.secret_from_other = "left by the previous file" end)
mark(function() coroutine.secret_from_other = "left by the previous file" end)
mark(function() utf8.secret_from_other = "left by the previous file" end)
mark(function() string.upper = function() return "LEFT BY THE PREVIOUS FILE" end end)
mark(function() math.pi = 3 end)
error("set-secret")

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_16",
  lang     = "en",
  title    = "Hostile 16",
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
