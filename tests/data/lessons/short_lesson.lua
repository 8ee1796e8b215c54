-- SPDX-License-Identifier: MIT
-- A short lesson for lesson mode's tests (tests/render/lesson_mode_test.cpp): quiz form A,
-- tests/data/four_moments.lua, quiz form B. Not shipped.
return lesson {
  format   = 1,
  id       = "short_lesson",
  lang     = "en",
  title    = "A short lesson",
  summary  = "Four moments between two quiz forms.",
  audience = { "adult" },
  minutes  = 20,
  quiz     = { before = "A", after = "B" },
  steps    = {
    play "four_moments" { minutes = 5, discuss = { "Why keep a code to yourself?" } },
  },
}
