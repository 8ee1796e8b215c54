-- SPDX-License-Identifier: MIT
-- hostile: loops forever in an xpcall message handler
-- phase: load
-- expect: budget
-- message: instruction budget

-- In Lua 5.4 a message handler runs inside lua_error. When the error comes from the count
-- hook, hooks are still switched off (allowhook = 0) while the handler runs, so a looping
-- handler is never counted: a sandbox that raises the budget error from its hook hangs
-- here (checked against Lua 5.4.4). The handler must not run user code once the budget is
-- spent (or must run after the unwinding, outside the hook).

while true do
  xpcall(function() error("first") end, function(message)
    while true do end
  end)
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_22",
  lang     = "en",
  title    = "Hostile 22",
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
