-- SPDX-License-Identifier: MIT
-- hostile: two coroutines resume and yield to each other forever
-- phase: load
-- expect: budget
-- message: instruction budget

-- Every coroutine is a separate lua_State with its own hook count: the budget must be
-- counted, and stay spent, in all of them.

local ping, pong
pong = coroutine.create(function()
  while true do coroutine.yield() end
end)
ping = coroutine.create(function()
  while true do coroutine.resume(pong) end
end)
while true do
  coroutine.resume(ping)
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_23",
  lang     = "en",
  title    = "Hostile 23",
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
