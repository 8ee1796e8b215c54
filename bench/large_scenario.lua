-- SPDX-License-Identifier: MIT
-- A 10,000-node scenario for timing `saqbol lint` and `saqbol explore` (bench/explore-large).
-- Built by a Lua loop, so the file stays small and runs under the sandbox's load budget:
--   a binary tree of 99 first moments that fans out to 98 layers of 100 moments (9,800
--   nodes), each with a safe, a risky and a harmful choice into the next layer, plus "call
--   the bank" shown only after the harmful one (a `when` table) and, on every 50th moment,
--   a choice behind a `when` function (a Lua call per state); 97 side questions that come
--   back to the moment they left (loops of two states); 4 endings: 10,000 nodes in all.
--   The harmful choice sets code_given and the bank call clears it, so most moments are
--   reached in two states. Not a story for players: a load for the tools.

local LAYERS, WIDTH = 98, 100
local TIPS = { "codes", "personal_data", "licensed_brokers", "no_prepayment", "links" }
local WHY = "A benchmark choice; the debrief text is the same everywhere."

local s = {
  format   = 1,
  id       = "bench_large",
  lang     = "en",
  title    = "Benchmark: 10,000 nodes",
  summary  = "A generated scenario for timing the tools.",
  audience = { "adult" },
  minutes  = 60,
  tips     = { "codes", "personal_data", "licensed_brokers", "no_prepayment", "links", "damage_control" },
  facts    = { "bench: generated, not a story" },
  reviewed = "2026-11-28",
  contacts = {
    bank    = { name = "Bank", number = "+7 700 000 11 11", official = true },
    unknown = { name = "Unknown number", number = "+7 700 000 00 01" },
  },
  vars  = { code_given = false, asked = 0 },
  start = "start",
}

local function id(layer, col) return "n_" .. layer .. "_" .. ((col - 1) % WIDTH + 1) end

-- The first moments: a binary tree of 99 nodes whose 100 leaves are the first layer.
local function branch(lo, hi)
  if lo == hi then return id(1, lo) end
  return (lo == 1 and hi == WIDTH) and "start" or "b_" .. lo .. "_" .. hi
end
local function tree(lo, hi)
  if lo == hi then return end
  local mid = (lo + hi) // 2
  s[#s + 1] = node (branch(lo, hi)) {
    narrate "Several phones ring at once.",
    choice "left" { "Answer the left one", go = branch(lo, mid), verdict = "neutral" },
    choice "right" { "Answer the right one", go = branch(mid + 1, hi), verdict = "neutral" },
  }
  tree(lo, mid)
  tree(mid + 1, hi)
end
tree(1, WIDTH)

for layer = 1, LAYERS do
  for col = 1, WIDTH do
    local tip = TIPS[(layer + col) % 5 + 1]
    local last = layer == LAYERS
    local here = {
      (col % 3 == 0) and sms { from = "bank", text = "Message " .. layer .. "." .. col }
        or call { from = "unknown" },
      choice "safe" { "Hang up and call the number on the card",
        go = last and "end_safe" or id(layer + 1, col), verdict = "safe", tip = tip, why = WHY },
      choice "risky" { "Ask who is calling",
        go = last and "end_recovered" or id(layer + 1, col + 1), verdict = "risky", tip = tip, why = WHY },
      choice "harmful" { "Tell the code",
        go = last and "end_loss" or id(layer + 1, col + 7), verdict = "harmful", tip = tip, why = WHY,
        set = { code_given = true } },
      choice "call_bank" { "Call the bank and block the card",
        when = { code_given = true },
        go = last and "end_recovered" or id(layer + 1, col + 3), verdict = "safe", tip = "damage_control", why = WHY,
        set = { code_given = false } },
    }
    if col % 50 == 0 then
      here[#here + 1] = choice "report" { "Report the number",
        when = function(v) return v.code_given and v.asked == 0 end,
        go = last and "end_legal" or id(layer + 1, col + 11), verdict = "safe", tip = "damage_control", why = WHY }
    end
    if col == 1 and layer <= 97 then
      here[#here + 1] = choice "ask" { "Ask a question first", go = "ask_" .. layer, verdict = "neutral" }
      s[#s + 1] = node ("ask_" .. layer) {
        narrate "You ask; the caller repeats the same words.",
        choice "back" { "Listen again", go = id(layer, col), verdict = "neutral" },
      }
    end
    s[#s + 1] = node (id(layer, col)) (here)
  end
end

s[#s + 1] = ending "end_safe" { outcome = "safe", title = "Safe", debrief = "Nothing was lost." }
s[#s + 1] = ending "end_recovered" { outcome = "recovered", title = "Recovered", debrief = "Stopped in time." }
s[#s + 1] = ending "end_loss" { outcome = "loss", title = "Loss", debrief = "The code reached the fraudster." }
s[#s + 1] = ending "end_legal" { outcome = "legal", title = "Reported", debrief = "The number was reported." }

return scenario(s)
