-- SPDX-License-Identifier: MIT
-- Four moments in a row, then an ending: the results store's tests stop a play part-way
-- (tests/results_cli_test.sh), resume it, and count its decisions.
return scenario {
  format = 1, id = "four_moments", lang = "en", title = "Four moments",
  summary = "Four decisions, two endings.", audience = { "adult" }, minutes = 1,
  tips = { "codes" }, facts = { "test data" }, reviewed = "2026-11-28",
  contacts = { bank = { name = "Test Bank", number = "+7 700 000 11 11", official = true } },
  vars = { told = 0 },
  start = "one",
  node "one" {
    sms { from = "bank", text = "Moment one: your code is 1111." },
    choice "keep" { "Keep the code", go = "two", verdict = "safe", tip = "codes", why = "Yours alone." },
    choice "tell" { "Tell the code", go = "two", verdict = "harmful", tip = "codes", why = "Never.", add = { told = 1 } },
  },
  node "two" {
    sms { from = "bank", text = "Moment two: your code is 2222." },
    choice "keep" { "Keep the code", go = "three", verdict = "safe", tip = "codes", why = "Yours alone." },
    choice "tell" { "Tell the code", go = "three", verdict = "harmful", tip = "codes", why = "Never.", add = { told = 1 } },
  },
  node "three" {
    sms { from = "bank", text = "Moment three: your code is 3333." },
    choice "keep" { "Keep the code", go = "four", verdict = "safe", tip = "codes", why = "Yours alone." },
    choice "tell" { "Tell the code", go = "four", verdict = "harmful", tip = "codes", why = "Never.", add = { told = 1 } },
  },
  node "four" {
    sms { from = "bank", text = "Moment four: your code is 4444." },
    choice "keep" { "Keep the code", go = "kept", verdict = "safe", tip = "codes", why = "Yours alone." },
    choice "tell" { "Tell the code", go = "told", verdict = "harmful", tip = "codes", why = "Never." },
  },
  ending "kept" { outcome = "safe", title = "Kept", debrief = "Told {told} times before." },
  ending "told" { outcome = "loss", title = "Told", debrief = "Told {told} times before." },
}
