-- SPDX-License-Identifier: MIT
-- hostile: an effect that allocates past the memory cap (24 MiB already held since load)
-- phase: play
-- expect: memory
-- message: memory cap

-- The cap counts all the scenario's memory, what it kept from loading included. Loading
-- keeps 24 MiB (within the cap); the effect then asks for 8 MiB more, so a single
-- allocation crosses the cap and few steps are spent during play.

-- Kept alive by the effect below: 8 MiB + 16 MiB.
local held = {}
do
  local s = "x"
  for _ = 1, 23 do s = s .. s end  -- 8 MiB
  held[1] = s
  held[2] = s .. s                 -- 16 MiB
end

return scenario {
  format   = 1,
  id       = "hostile_64",
  lang     = "en",
  title    = "Hostile 64",
  summary  = "Security test: the first choice runs hostile code.",
  audience = { "adult" },
  minutes  = 1,
  tips     = { "codes" },
  facts    = { "test" },
  reviewed = "2026-11-27",
  vars     = { balance = 100, code_given = false },
  start    = "start",

  node "start" {
    narrate "Security test: picking the first choice runs the attack.",

    choice "attack" { "Run the attack",
      go = "done", verdict = "safe", tip = "codes",
      why = "This choice runs hostile code that the sandbox must stop.",
      effect = function(v)
        local more = {}
        for i = 1, 8 do
          more[i] = held[1] .. i
        end
      end },

    choice "leave" { "Leave",
      go = "done", verdict = "safe", tip = "codes",
      why = "Leaving runs no code." },
  },

  ending "done" { outcome = "safe", title = "Done",
    debrief = "Reaching this ending means the attack was not stopped." },
}
