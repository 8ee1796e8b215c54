-- SPDX-License-Identifier: MIT
-- hostile: runs a shell command with os.execute
-- phase: load
-- expect: error
-- message: global 'os'
-- forbid-file: /tmp/saqbol-hostile-02-os

-- os must not exist: no commands, no environment, no clock, no exit.

os.execute("touch /tmp/saqbol-hostile-02-os")
os.exit(1)

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_02",
  lang     = "en",
  title    = "Hostile 02",
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
