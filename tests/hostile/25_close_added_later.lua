-- SPDX-License-Identifier: MIT
-- hostile: adds __close to a metatable after setmetatable, then loops with the variable open
-- phase: load
-- expect: error
-- message: non-closable value
-- The sandbox freezes metatables when set, so a __close added later never counts: <close> refuses the value.

-- setmetatable sees no __close (it is added afterwards, which Lua allows: __close is looked
-- up when the variable is closed). The looping __close runs while the budget refusal
-- unwinds the stack and must be stopped too.

local mt = {}
local guard_value = setmetatable({}, mt)
mt.__close = function()
  while true do end
end
do
  local guard <close> = guard_value
  while true do end
end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_25",
  lang     = "en",
  title    = "Hostile 25",
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
