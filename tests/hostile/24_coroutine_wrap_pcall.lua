-- SPDX-License-Identifier: MIT
-- hostile: starts fresh coroutine.wrap functions under pcall after each refusal
-- phase: load
-- expect: budget
-- message: instruction budget

-- coroutine.wrap turns an error inside the coroutine into an error in the caller; pcall
-- catches it and a fresh coroutine starts the loop again.

while true do
  pcall(coroutine.wrap(function()
    while true do
      pcall(function() while true do end end)
    end
  end))
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_24",
  lang     = "en",
  title    = "Hostile 24",
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
