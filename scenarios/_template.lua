-- SPDX-License-Identifier: CC0-1.0
-- A scenario to copy. Save it under a new name (scenarios/my_story.lua), change the id,
-- and check it as you go:   build/saqbol lint scenarios/my_story.lua
-- and play it:              build/saqbol play scenarios/my_story.lua
-- The whole format is in docs/scenario-format.md; a step-by-step guide is docs/authoring.md.
-- Files whose name starts with "_" are templates: the game does not list them.

return scenario {
  format   = 1,
  id       = "template_example",       -- lower-case letters, digits and _; unique
  lang     = "kk",                     -- the language you write the texts below in
  title    = "Үлгі: банктен келген SMS",
  summary  = "Шынайы банк хабарламасы мен алаяқтың қоңырауын ажыратуды үйрететін қысқа үлгі.",
  audience = { "adult" },              -- child, teen, adult, parent
  minutes  = 2,
  tips     = { "codes" },              -- which tips this scenario trains
  facts    = { "docs/content-brief.md: tip codes" },  -- which lines of the brief the story relies on
  reviewed = "2026-11-27",             -- when you last checked the facts

  contacts = {                         -- everyone who appears on the phone
    bank    = { name = "Үлгі Банк", number = "+7 700 000 11 11", official = true },
    unknown = { name = "Белгісіз нөмір", number = "+7 700 000 00 01" },
  },
  vars  = { balance = 150000 },        -- what changes as the player chooses
  start = "code_arrives",              -- the first moment

  node "code_arrives" {
    narrate "Сіз банк қосымшасына кіруге тырысып жатырсыз.",
    sms  { from = "bank", text = "Кіру коды: 4821. Кодты ешкімге айтпаңыз." },
    call { from = "unknown" },
    say  { "unknown", "Сәлеметсіз бе, банктен хабарласып тұрмын. SMS-тегі кодты айтыңызшы." },

    -- Each choice: its text, where it goes, how the debrief judges it, which tip, and why.
    choice "tell" { "Кодты айтамын",
      go = "money_gone", verdict = "harmful", tip = "codes",
      why = "Банк қызметкері ешқашан кодты сұрамайды. Кодты сұраған адам — алаяқ.",
      add = { balance = -150000 } },

    choice "hang_up" { "Тұтқаны қойып, картадағы нөмірге өзім хабарласамын",
      go = "money_safe", verdict = "safe", tip = "codes", action = "hang_up",
      why = "Дұрыс: тұтқаны қойып, банкке ресми нөмір арқылы өзіңіз хабарластыңыз." },
  },

  ending "money_gone" { outcome = "loss", title = "Ақша кетті",
    debrief = "Код алаяққа жетті. Дереу банкке хабарласып, операцияларды бұғаттаңыз.",
    bank { text = "Аударым: −150 000 ₸" } },

  ending "money_safe" { outcome = "safe", title = "Ақша орнында",
    debrief = "Сіз кодты ешкімге айтпадыңыз. Қалдық: {balance} ₸." },
}
