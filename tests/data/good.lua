-- SPDX-License-Identifier: MIT
-- A small valid scenario the tests load after hostile ones: if it still plays, the
-- process and the engine are sound.
return scenario {
  format = 1, id = "test_good", lang = "en", title = "A good scenario",
  summary = "Two choices, two endings.", audience = { "adult" }, minutes = 1,
  tips = { "codes" }, facts = { "test data" }, reviewed = "2026-11-27",
  contacts = { bank = { name = "Test Bank", number = "+7 700 000 11 11", official = true } },
  vars = { balance = 1000, asked = 0 },
  start = "ask",
  node "ask" {
    sms { from = "bank", text = "Your code is 1234. Do not tell anyone." },
    choice "tell" { "Tell the caller the code", go = "lost", verdict = "harmful", tip = "codes",
      why = "A code is yours alone.", effect = function(v) v.balance = v.balance - 1000 end },
    choice "keep" { "Hang up", go = "kept", verdict = "safe", tip = "codes", action = "hang_up",
      why = "Hanging up is right.", when = function(v) return v.asked == 0 end },
  },
  ending "lost" { outcome = "loss", title = "Lost", debrief = "Balance {balance}." },
  ending "kept" { outcome = "safe", title = "Kept", debrief = "Balance {balance}." },
}
