-- SPDX-License-Identifier: MIT
-- A small Kazakh scenario for the translation tests (tests/i18n_test.cpp): 12 strings;
-- locales/ru/mini_i18n.po translates 8, has 2 fuzzy and 2 missing; no en file.
return scenario {
  format = 1, id = "mini_i18n", lang = "kk", title = "Шағын сценарий",
  summary = "Аудармаларды тексеруге арналған шағын сценарий.", audience = { "adult" }, minutes = 1,
  tips = { "codes" }, facts = { "test data" }, reviewed = "2026-11-28",
  contacts = { bank = { name = "Банк", number = "+7 700 000 11 11", official = true } },
  vars = { balance = 1000 },
  start = "ask",
  node "ask" {
    sms { from = "bank", text = "Кодыңыз 1234. Ешкімге айтпаңыз." },
    choice "tell" { "Кодты айтамын", go = "lost", verdict = "harmful", tip = "codes",
      why = "Код тек сізге тиесілі.", add = { balance = -1000 } },
    choice "keep" { "Тұтқаны қоямын", go = "kept", verdict = "safe", tip = "codes", action = "hang_up",
      why = "Дұрыс шешім." },
  },
  ending "lost" { outcome = "loss", title = "Ақша кетті", debrief = "Қалдық: {balance} ₸." },
  ending "kept" { outcome = "safe", title = "Ақша орнында", debrief = "Қалдық: {balance} ₸." },
}
