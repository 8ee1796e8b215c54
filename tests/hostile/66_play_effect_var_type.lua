-- SPDX-License-Identifier: MIT
-- hostile: an effect that changes a number variable into a string
-- phase: play
-- expect: error
-- message: variable

-- A variable keeps the type of its starting value (balance is a number).

return scenario {
  format   = 1,
  id       = "hostile_66",
  lang     = "en",
  title    = "Hostile 66",
  summary  = "Security test: the first choice runs hostile code.",
  audience = { "adult" },
  minutes  = 1,
  tips     = { "codes" },
  facts    = { "test" },
  reviewed = "2026-11-27",
  vars     = { balance = 100, code_given = false },
  start    = "start",

  node "start" {
    narrate "Security test: picking the first choice runs the attack.",

    choice "attack" { "Run the attack",
      go = "done", verdict = "safe", tip = "codes",
      why = "This choice runs hostile code that the sandbox must stop.",
      effect = function(v)
        v.balance = "all of it"
      end },

    choice "leave" { "Leave",
      go = "done", verdict = "safe", tip = "codes",
      why = "Leaving runs no code." },
  },

  ending "done" { outcome = "safe", title = "Done",
    debrief = "Reaching this ending means the attack was not stopped." },
}
