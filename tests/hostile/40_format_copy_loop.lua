-- SPDX-License-Identifier: MIT
-- hostile: string.format copies 8 MiB per call, in a loop
-- phase: load
-- expect: budget
-- message: instruction budget

-- Each call copies eight 1 MiB strings; each result is garbage at once, so memory stays
-- far below the cap and only a charge for the bytes string.format copies stops it
-- (each turn is a handful of instructions but 8 MiB of work).

local s = "x"
for _ = 1, 20 do s = s .. s end  -- 1 MiB
local fmt = string.rep("%s", 8)
while true do
  local r = string.format(fmt, s, s, s, s, s, s, s, s)
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_40",
  lang     = "en",
  title    = "Hostile 40",
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
