-- SPDX-License-Identifier: MIT
-- hostile: non-tail Lua recursion without end: function f() return 1 + f() end
-- phase: load
-- expect: memory
-- message: memory cap

-- In Lua 5.4 Lua-to-Lua calls use no C stack; the Lua stack may grow to 1,000,000 slots
-- (16 MiB), and growing copies it (old and new block at once). With the call infos this
-- passes 32 MiB long before "stack overflow", so the memory cap refuses it (checked
-- against Lua 5.4.4). See 51_c_stack_recursion.lua for the stack-overflow refusal.

local function f() return 1 + f() end
f()

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_45",
  lang     = "en",
  title    = "Hostile 45",
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
