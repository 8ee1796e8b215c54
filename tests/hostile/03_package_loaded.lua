-- SPDX-License-Identifier: MIT
-- hostile: takes the real io library from package.loaded
-- phase: load
-- expect: error
-- message: global 'package'
-- forbid-file: /tmp/saqbol-hostile-03-package

-- package.loaded holds every opened library, the unsandboxed ones included.

local real_io = package.loaded.io
real_io.open("/tmp/saqbol-hostile-03-package", "w"):close()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_03",
  lang     = "en",
  title    = "Hostile 03",
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
