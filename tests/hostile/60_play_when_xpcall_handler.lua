-- SPDX-License-Identifier: MIT
-- hostile: a when condition whose xpcall message handler loops
-- phase: play
-- expect: budget
-- message: instruction budget

-- See 22_xpcall_handler_loop.lua: the handler runs with hooks off when the error comes from the
-- count hook.

return scenario {
  format   = 1,
  id       = "hostile_60",
  lang     = "en",
  title    = "Hostile 60",
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
        while true do
          xpcall(error, function(message) while true do end end, "first")
        end
      end },

    choice "leave" { "Leave",
      go = "done", verdict = "safe", tip = "codes",
      why = "Leaving runs no code." },
  },

  ending "done" { outcome = "safe", title = "Done",
    debrief = "Reaching this ending means the attack was not stopped." },
}
