-- SPDX-License-Identifier: MIT
-- hostile: a when condition with a backtracking string.match
-- phase: play
-- expect: budget
-- message: instruction budget

-- Library work is charged during play as at load.

return scenario {
  format   = 1,
  id       = "hostile_63",
  lang     = "en",
  title    = "Hostile 63",
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
      when = function(v)
        return v.code_given or string.match(string.rep("a", 3000), ".-.-.-.-b") ~= nil
      end },

    choice "leave" { "Leave",
      go = "done", verdict = "safe", tip = "codes",
      why = "Leaving runs no code." },
  },

  ending "done" { outcome = "safe", title = "Done",
    debrief = "Reaching this ending means the attack was not stopped." },
}
