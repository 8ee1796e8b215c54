-- SPDX-License-Identifier: MIT
-- A small quiz bank for the quiz screen's tests: four moments per form, half of them real,
-- one phone app each (SMS, a call, a messenger chat, a notification; a web page, an ad, a
-- game chat, the bank app). Translations: tests/data/locales/{ru,en}/quiz_small.po.
-- Not shipped, not a lesson: the moments are short on purpose.
return quiz {
  format = 1, id = "quiz_small", lang = "kk", title = "Алаяқтық па, шын ба?",
  reviewed = "2026-11-28", facts = { "test data" },
  contacts = {
    bank   = { name = "Сенім Банк", number = "7111", official = true },
    caller = { name = "Белгісіз нөмір", number = "+7 708 000 12 34" },
    seller = { name = "Сатушы Айгерім", number = "+7 701 000 00 01" },
  },

  item "a_bank_sms" { form = "A", legit = true, tip = "codes",
    sms { from = "bank", text = "Сенім Банк: картаңызбен 4 500 ₸ төленді, «Жұлдыз» дүкені. Бұл сіз болмасаңыз, картаның артындағы нөмірге қоңырау шалыңыз." },
    cue = "Сілтеме де, код та сұралмайды; күмәндансаңыз, картадағы нөмірге өзіңіз хабарласасыз." },
  item "a_bank_call" { form = "A", legit = false, tip = "codes",
    call { from = "caller" },
    say { "caller", "Сенім Банктің қауіпсіздік қызметінен хабарласып тұрмыз. Картаңыз бұғатталмас үшін қазір келген SMS-кодты айтыңыз." },
    cue = "Банк қызметкері SMS-кодты ешқашан сұрамайды, ал қоңырау белгісіз нөмірден келді." },
  item "a_shop_chat" { form = "A", legit = false, tip = "no_prepayment",
    chat { from = "seller", text = "Телефон әлі сатулы. Брондау үшін жартысын қазір аударыңыз, әйтпесе басқа біреу алып кетеді." },
    cue = "Асықтырады және көрмеген тауарыңыз үшін алдын ала төлем сұрайды." },
  item "a_egov_notify" { form = "A", legit = true, tip = "personal_data",
    notify { from = "eGov", text = "Сіз сұраған анықтама дайын. Оны eGov қосымшасынан жүктеп алыңыз." },
    cue = "Өзіңіз сұраған анықтама, ресми қосымшаның ішінде: сілтеме жоқ, ештеңе сұралмайды." },

  item "b_phish_web" { form = "B", legit = false, tip = "links",
    web { url = "https://senim-bank.kz.secure-login.top", title = "Картаны растаңыз",
          text = "Төлемді алу үшін карта деректерін енгізіңіз.", fields = { "Карта нөмірі", "SMS-код" } },
    cue = "Мекенжай банктің сайты емес (.top-пен аяқталады), ал бет SMS-кодты сұрайды." },
  item "b_invest_ad" { form = "B", legit = false, tip = "licensed_brokers",
    ad { from = "Invest Pro", text = "Жаңа мемлекеттік платформа: айына 30% табыс, тәуекелсіз!" },
    cue = "Айына 30% табысқа кепілдік — алаяқтың уәдесі; лицензиясы бар брокер табысқа кепілдік бермейді." },
  item "b_game_friend" { form = "B", legit = true, tip = "strangers",
    game { from = "Aru_07", text = "Кешкі сағат 8-де турнир бар, біздің командаға қосыласың ба?" },
    cue = "Таныс сыныптасыңыз ойынға шақырады: құпиясөз де, сілтеме де сұрамайды." },
  item "b_bank_app" { form = "B", legit = true, tip = "codes",
    bank { text = "Жалақы түсті: +180 000 ₸" },
    cue = "Банк қосымшасын өзіңіз аштыңыз; ешкім ештеңе сұрамайды, ешқайда асықтырмайды." },
}
