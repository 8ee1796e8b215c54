-- SPDX-License-Identifier: MIT
-- hostile: compiles a file from disk with loadfile
-- phase: load
-- expect: error
-- message: global 'loadfile'

-- loadfile reads any file; in mode "b" it would accept a binary chunk.

local chunk = loadfile("/proc/self/environ", "bt")
chunk()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_07",
  lang     = "en",
  title    = "Hostile 07",
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
