-- SPDX-License-Identifier: MIT
-- hostile: compiles text at run time with load
-- phase: load
-- expect: error
-- message: global 'load'
-- forbid-file: /tmp/saqbol-hostile-08-load

-- load would compile code that a linter never saw, with any environment it is given.

local chunk = load("io.open('/tmp/saqbol-hostile-08-load', 'w'):close()", "=smuggled", "t")
chunk()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_08",
  lang     = "en",
  title    = "Hostile 08",
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
