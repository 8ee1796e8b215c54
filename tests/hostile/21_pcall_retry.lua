-- SPDX-License-Identifier: MIT
-- hostile: loops inside pcall and retries whenever pcall catches the refusal
-- phase: load
-- expect: budget
-- message: instruction budget

-- Once the budget is spent every further instruction fails, so the retry loop cannot run
-- either and the refusal reaches the loader.

while true do
  pcall(function()
    while true do end
  end)
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_21",
  lang     = "en",
  title    = "Hostile 21",
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
