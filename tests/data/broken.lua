-- SPDX-License-Identifier: MIT
-- Test data: a scenario with mistakes a trainer makes (lint must report them all).
return scenario {
  format = 1, id = "test_broken", lang = "en", title = "Broken", summary = "Mistakes.",
  audience = { "adult" }, minutes = 1, tips = { "codes" }, facts = { "test" }, reviewed = "2026-11-27",
  start = "a",
  node "a" {
    choice "x" { "Go", go = "nowhere", verdict = "safe", tip = "link", why = "w" },
  },
  ending "end" { outcome = "safe", title = "End", debrief = "Done." },
}
