-- SPDX-License-Identifier: MIT
-- hostile: an effect that sets a variable not declared in vars
-- phase: play
-- expect: error
-- message: variable

-- Effects may change only the variables in vars; a new one is an error, not a silent global.

return scenario {
  format   = 1,
  id       = "hostile_65",
  lang     = "en",
  title    = "Hostile 65",
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
        v.stolen_money = 1000000
      end },

    choice "leave" { "Leave",
      go = "done", verdict = "safe", tip = "codes",
      why = "Leaving runs no code." },
  },

  ending "done" { outcome = "safe", title = "Done",
    debrief = "Reaching this ending means the attack was not stopped." },
}
