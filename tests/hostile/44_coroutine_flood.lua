-- SPDX-License-Identifier: MIT
-- hostile: creates coroutines (each a lua_State with its own stack) until memory runs out
-- phase: load
-- expect: memory
-- message: memory cap

-- A coroutine costs about 1 KiB (state, stack, call info); the allocator must count them.

local threads = {}
local body = function() end
while true do
  threads[#threads + 1] = coroutine.create(body)
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_44",
  lang     = "en",
  title    = "Hostile 44",
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
