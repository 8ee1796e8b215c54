-- SPDX-License-Identifier: MIT
-- hostile: an effect that writes a file with io.open
-- phase: play
-- expect: error
-- message: global 'io'
-- forbid-file: /tmp/saqbol-hostile-68-io

-- The environment of a function called during play is the same sandbox as at load.

return scenario {
  format   = 1,
  id       = "hostile_68",
  lang     = "en",
  title    = "Hostile 68",
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
        io.open("/tmp/saqbol-hostile-68-io", "w"):write("escaped during play\n")
      end },

    choice "leave" { "Leave",
      go = "done", verdict = "safe", tip = "codes",
      why = "Leaving runs no code." },
  },

  ending "done" { outcome = "safe", title = "Done",
    debrief = "Reaching this ending means the attack was not stopped." },
}
