-- SPDX-License-Identifier: MIT
-- hostile: reaches the registry through debug.getregistry and takes io from _LOADED
-- phase: load
-- expect: error
-- message: global 'debug'
-- forbid-file: /tmp/saqbol-hostile-05-debug

-- debug reads any local and upvalue, replaces hooks (the step budget) and reaches the registry.

debug.sethook()  -- would switch the step budget off
local loaded = debug.getregistry()._LOADED
loaded.io.open("/tmp/saqbol-hostile-05-debug", "w"):close()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_05",
  lang     = "en",
  title    = "Hostile 05",
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
