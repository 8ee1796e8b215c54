-- SPDX-License-Identifier: MIT
-- hostile: a when condition comparing tables whose __lt loops
-- phase: play
-- expect: budget
-- message: instruction budget

-- Metamethods called from a when condition are counted like any code.

return scenario {
  format   = 1,
  id       = "hostile_61",
  lang     = "en",
  title    = "Hostile 61",
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
        local mt = { __lt = function(a, b) while true do end end }
        local a, b = setmetatable({}, mt), setmetatable({}, mt)
        return a < b
      end },

    choice "leave" { "Leave",
      go = "done", verdict = "safe", tip = "codes",
      why = "Leaving runs no code." },
  },

  ending "done" { outcome = "safe", title = "Done",
    debrief = "Reaching this ending means the attack was not stopped." },
}
