-- SPDX-License-Identifier: MIT
-- hostile: loads a library (or a C module) with require
-- phase: load
-- expect: error
-- message: global 'require'
-- forbid-file: /tmp/saqbol-hostile-04-require

-- require searches the disk for Lua and C modules; a C module runs native code.

local real_io = require("io")
real_io.open("/tmp/saqbol-hostile-04-require", "w"):close()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_04",
  lang     = "en",
  title    = "Hostile 04",
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
