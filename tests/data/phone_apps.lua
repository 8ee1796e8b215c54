-- SPDX-License-Identifier: MIT
-- Every app of the simulated phone in turn (lock screen, SMS, messenger with a link and a
-- photo, browser with a form, feed ad, game chat, a ringing call, the bank app), for the
-- rendering tests. Not a lesson: the verdicts are placeholders.
return scenario {
  format = 1, id = "test_phone_apps", lang = "en", title = "Every phone app",
  summary = "One moment per app.", audience = { "adult" }, minutes = 1,
  tips = { "links" }, facts = { "test data" }, reviewed = "2026-11-28",
  contacts = {
    shop   = { name = "Seller Aigerim", number = "+7 701 000 00 01" },
    bank   = { name = "Test Bank", number = "7111", official = true },
    caller = { name = "Unknown number", number = "+7 708 000 12 34" },
  },
  vars = { balance = 250000, loans = 0 },
  start = "lock",
  node "lock" {
    notify { from = "Post office", text = "Your parcel is waiting. Pay the 300 ₸ customs fee today." },
    choice "next" { "Unlock the phone", go = "sms", verdict = "neutral" },
  },
  node "sms" {
    sms { from = "bank", text = "Test Bank: your code is 4821. Never tell it to anyone." },
    choice "next" { "Read the chat", go = "chat", verdict = "neutral" },
  },
  node "chat" {
    chat { from = "shop", text = "Hi! The phone is still for sale. Pay half now to hold it." },
    chat { from = "me", text = "Can I see it first?" },
    chat { from = "shop", text = "Here it is. Pay through this link.", photo = "A boxed phone on a table",
           link = "https://olx-delivery.kz-safe-pay.top/p/8812" },
    choice "tap" { "Tap the link", go = "web", verdict = "harmful", tip = "links", action = "tap_link", why = "w" },
    choice "ask" { "Meet in person instead", go = "web", verdict = "safe", tip = "links", why = "w" },
  },
  node "web" {
    web { url = "https://kaspi-bank.kz.secure-login.top", title = "Confirm your card",
          text = "Enter your card details to receive the payment.", fields = { "Card number", "SMS code" } },
    choice "type" { "Type the card number", go = "feed", verdict = "harmful", tip = "links", action = "type_code", why = "w" },
    choice "close" { "Close the page", go = "feed", verdict = "safe", tip = "links", why = "w" },
  },
  node "feed" {
    ad { from = "Invest Pro", text = "Earn 30% a month with the new state platform!", photo = "A man in a suit next to a chart",
         link = "https://invest-pro-kz.site" },
    choice "next" { "Scroll on", go = "game", verdict = "neutral" },
  },
  node "game" {
    game { from = "NightWolf", text = "Free skins! Send me your login and password and I add them." },
    game { from = "Aru_07", text = "Don't, he is a scammer." },
    choice "next" { "Leave the game", go = "ring", verdict = "neutral" },
  },
  node "ring" {
    call { from = "caller" },
    choice "answer" { "Answer", go = "bank", verdict = "neutral", action = "answer" },
    choice "decline" { "Decline", go = "bank", verdict = "neutral", action = "decline" },
  },
  node "bank" {
    bank { text = "Card payment: −{balance} ₸" },
    choice "end" { "Done", go = "done", verdict = "neutral" },
  },
  ending "done" { outcome = "safe", title = "Done", debrief = "All apps shown." },
}
