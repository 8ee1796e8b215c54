-- SPDX-License-Identifier: MIT
-- hostile: looks for state left by the previous file (globals, library fields, string.upper)
-- phase: load
-- expect: error
-- message: isolated-ok

-- Each file gets a fresh Lua state, so nothing the previous file set may be visible here.
-- The file fails on purpose: with "isolated-ok" when isolated, with "LEAK" when not.

local seen = {}
if secret_from_other ~= nil then seen[#seen + 1] = "global" end
if rawget(_ENV, "raw_secret_from_other") ~= nil then seen[#seen + 1] = "rawset global" end
for name, lib in pairs({ string = string, table = table, math = math,
                          coroutine = coroutine, utf8 = utf8 }) do
  if rawget(lib, "secret_from_other") ~= nil then seen[#seen + 1] = name end
end
if string.upper("x") ~= "X" or ("x"):upper() ~= "X" then seen[#seen + 1] = "string.upper" end
if math.pi == 3 then seen[#seen + 1] = "math.pi" end
if #seen > 0 then error("LEAK from another scenario file: " .. table.concat(seen, ", ")) end
error("isolated-ok")

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_17",
  lang     = "en",
  title    = "Hostile 17",
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
