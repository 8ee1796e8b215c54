-- SPDX-License-Identifier: MIT
-- hostile: a coroutine.wrap coroutine spends the budget with a looping __close pending
-- phase: load
-- expect: error
-- message: non-closable value
-- The sandbox freezes metatables when set, so a __close added later never counts: <close> refuses the value.

-- When a wrapped coroutine dies by an error, coroutine.wrap closes its pending to-be-closed
-- variables (lua_closethread). If the error was raised by the count hook, that coroutine's
-- hooks are still switched off (allowhook = 0), so the looping __close is never counted:
-- a sandbox that raises the budget error from its hook hangs here (checked against Lua
-- 5.4.4). __close is added after setmetatable, so refusing __close in setmetatable does
-- not prevent it.

local mt = {}
local guard_value = setmetatable({}, mt)
mt.__close = function()
  while true do end
end
local run = coroutine.wrap(function()
  local guard <close> = guard_value
  while true do end
end)
run()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_26",
  lang     = "en",
  title    = "Hostile 26",
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
