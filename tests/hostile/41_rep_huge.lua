-- SPDX-License-Identifier: MIT
-- hostile: string.rep("x", 2^31): one 2 GiB allocation
-- phase: load
-- expect: memory
-- message: memory cap

-- One call asks for 2 GiB. If the sandbox charged string.rep's steps before checking the
-- size against the memory cap, this would be a budget refusal instead; the contract is
-- that an allocation over the cap is refused as such.

local s = string.rep("x", 1 << 31)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_41",
  lang     = "en",
  title    = "Hostile 41",
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
