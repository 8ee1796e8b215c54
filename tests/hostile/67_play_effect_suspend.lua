-- SPDX-License-Identifier: MIT
-- hostile: an effect that calls coroutine.yield to suspend the game's call
-- phase: play
-- expect: error
-- message: yield

-- The effect is not a coroutine: "attempt to yield from outside a coroutine". A host that
-- calls effects with lua_resume must treat a yield as an error too.

return scenario {
  format   = 1,
  id       = "hostile_67",
  lang     = "en",
  title    = "Hostile 67",
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
        coroutine.yield("suspended")
      end },

    choice "leave" { "Leave",
      go = "done", verdict = "safe", tip = "codes",
      why = "Leaving runs no code." },
  },

  ending "done" { outcome = "safe", title = "Done",
    debrief = "Reaching this ending means the attack was not stopped." },
}
