-- SPDX-License-Identifier: MIT
-- hostile: an effect concatenating a table whose __concat loops
-- phase: play
-- expect: budget
-- message: instruction budget

-- Metamethods called from an effect are counted like any code.

return scenario {
  format   = 1,
  id       = "hostile_62",
  lang     = "en",
  title    = "Hostile 62",
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
        local t = setmetatable({}, { __concat = function(a, b) while true do end end })
        local s = t .. "tail"
      end },

    choice "leave" { "Leave",
      go = "done", verdict = "safe", tip = "codes",
      why = "Leaving runs no code." },
  },

  ending "done" { outcome = "safe", title = "Done",
    debrief = "Reaching this ending means the attack was not stopped." },
}
