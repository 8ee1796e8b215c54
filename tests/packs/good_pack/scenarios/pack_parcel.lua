-- SPDX-License-Identifier: CC0-1.0
-- A test pack's scenario (tests/packs_test.cpp): an SMS about a parcel asks for a card to
-- pay the "customs fee". Short on purpose: the tests pack it, unpack it and play it.
return scenario {
  format = 1, id = "pack_parcel", lang = "en",
  title = "A parcel that never was",
  summary = "An SMS asks for a small customs fee for a parcel you did not order.",
  audience = { "teen", "adult" }, minutes = 2,
  tips = { "links" }, facts = { "docs/content-brief.md: tip links" }, reviewed = "2026-11-28",
  contacts = {
    post = { name = "Unknown number", number = "+7 700 000 42 42" },
  },
  vars = { balance = 20000 },
  start = "sms",

  node "sms" {
    sms { from = "post", text = "Your parcel is held at customs. Pay 490 tenge within 24 hours: kz-post-pay.site" },
    choice "pay" { "Open the link and pay with my card", go = "card_gone", verdict = "harmful", tip = "links",
      why = "A look-alike site takes the card's details; the fee is only bait.",
      add = { balance = -20000 } },
    choice "check" { "Look up the parcel on the official postal website myself", go = "no_parcel",
      verdict = "safe", tip = "links",
      why = "You checked through the official site, not through the link in the message." },
  },

  ending "card_gone" { outcome = "loss", title = "The card was emptied",
    debrief = "The site was fake. Call your bank at the number on the card and block it." },
  ending "no_parcel" { outcome = "safe", title = "There was no parcel",
    debrief = "The official site knew of no parcel. Balance: {balance} ₸." },
}
