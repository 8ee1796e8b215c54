-- SPDX-License-Identifier: MIT
-- hostile: calls coroutine.yield at the top level, to suspend the loader itself
-- phase: load
-- expect: error
-- message: yield

-- The file is not run as a coroutine: "attempt to yield from outside a coroutine". A host
-- that runs files with lua_resume must treat a yield as an error too.

coroutine.yield("suspended")

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_55",
  lang     = "en",
  title    = "Hostile 55",
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
