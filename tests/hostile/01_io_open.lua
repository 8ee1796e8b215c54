-- SPDX-License-Identifier: MIT
-- hostile: writes a file with io.open
-- phase: load
-- expect: error
-- message: global 'io'
-- forbid-file: /tmp/saqbol-hostile-01-io

-- io must not exist: a scenario from a USB stick must not touch the disk.

local f = io.open("/tmp/saqbol-hostile-01-io", "w")
f:write("a scenario file escaped the sandbox\n")
f:close()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_01",
  lang     = "en",
  title    = "Hostile 01",
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
