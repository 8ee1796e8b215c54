-- SPDX-License-Identifier: MIT
-- hostile: closes, after the budget is spent, a dead coroutine that has a looping __close pending
-- phase: load
-- expect: error
-- message: non-closable value
-- The sandbox freezes metatables when set, so a __close added later never counts: <close> refuses the value.

-- Like the previous file, with coroutine.close instead of coroutine.wrap. The close needs a
-- few instructions of the main thread after the coroutine spent the budget: if the sandbox
-- makes only the thread that hit the limit fail at once (hook counts are per thread), the
-- main thread gets there and the unhooked __close hangs.

local mt = {}
local guard_value = setmetatable({}, mt)
mt.__close = function()
  while true do end
end
local co = coroutine.create(function()
  local guard <close> = guard_value
  while true do end
end)
local ok, err = coroutine.resume(co)
coroutine.close(co)
if not ok then error(err, 0) end

-- Reached only if the attack above was not refused: a valid scenario, so that loading
-- would succeed and the test fail.
return scenario {
  format   = 1,
  id       = "hostile_27",
  lang     = "en",
  title    = "Hostile 27",
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
