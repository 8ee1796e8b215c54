-- SPDX-License-Identifier: CC-BY-4.0
-- Phishing link (brief, scheme 8 and tip links): a real delivery notice with nothing to pay, then an
-- SMS from an unknown number, "your parcel is held, pay 350 ₸", to a look-alike page that takes card
-- details and then a bank code for a much larger payment. Teaches: track a parcel in the official app,
-- no card details on a page opened from a link, read what a code is for, block the card at once.

return scenario {
  format   = 1,
  id       = "phishing_link",
  lang     = "kk",
  title    = "«Сәлемдемеңіз ұсталып тұр»",
  summary  = "Нағыз жеткізу хабарламасы, артынша бейтаныс нөмірден «350 ₸ төлеңіз» деген SMS пен сілтеме. "
          .. "Жалған бетті тануды, SMS-кодтың не үшін келгенін оқуды және карта деректері кетсе не істеу керегін үйренесіз.",
  audience = { "teen", "adult" },
  minutes  = 6,
  tips     = { "links", "personal_data", "damage_control" },
  facts    = {
    "brief: tip links (payment links, spam from unknown contacts, phishing links 'to pay'); interview line 59",
    "brief: tip personal_data (no data on unknown, unverified sites); interview line 56",
    "brief: scheme 8 (phishing e-mails and links, forms on unknown sites); interview line 19",
    "brief: rule damage_control (what the code was for: confirming a payment; call the bank's hotline, block); interview lines 24-31",
  },
  reviewed = "2026-11-28",

  contacts = {
    sapar   = { name = "Сапар Жеткізу", official = true },  -- the delivery service's SMS sender name
    unknown = { name = "Белгісіз нөмір", number = "+7 708 000 55 21" },
    bank    = { name = "Сенім Банк", number = "+7 700 000 11 11", official = true }, -- printed on the card
  },

  vars  = { balance = 230000, taken = 0, checked_app = false },
  start = "real_notice",

  -- 1. The legitimate notice: a parcel number, a pick-up point, nothing to pay, no link.
  node "real_notice" {
    narrate "Дүйсенбі таңы. Өткен аптада интернет-дүкеннен қысқы етікке тапсырыс бердіңіз, оны «Сапар Жеткізу» қызметі әкелуі керек.",
    sms { from = "sapar", text = "Сапар Жеткізу: №KZ48210 сәлемдемеңіз Абай даңғылы, 52 мекенжайындағы бекетке жетті. "
                             .. "Алу коды — қосымшада. Сақтау мерзімі: 5 күн." },

    choice "open_app" { "Телефонымдағы Сапар Жеткізу қосымшасын ашып, сәлемдемені тексеремін",
      go = "tracking", verdict = "safe", tip = "links", set = { checked_app = true },
      why = "Дұрыс: сәлемдемені өзіңіз орнатқан ресми қосымшадан тексердіңіз. "
         .. "Нағыз хабарламада сілтеме жоқ және ол ақша сұрамайды." },

    choice "later" { "Жарайды, сенбіде барып аламын",
      go = "fake_sms", verdict = "neutral" },
  },

  node "tracking" {
    web { url = "https://sapar.example/track/KZ48210", title = "Сапар Жеткізу · №KZ48210",
          text = "Күйі: бекетте, Абай даңғылы, 52. Сақтау мерзімі: 5 күн. Жеткізу төленген, қосымша ақы жоқ." },

    choice "fine" { "Бәрі дұрыс. Сенбіде барып аламын",
      go = "fake_sms", verdict = "neutral" },
  },

  -- 2. The fake: an unknown number, no parcel number, a small sum, a deadline and a link.
  node "fake_sms" {
    narrate "Сәрсенбі кеші. Бейтаныс нөмірден тағы бір SMS келеді.",
    sms { from = "unknown", text = "SAPAR: сәлемдемеңіз мекенжай толық көрсетілмегендіктен қоймада ұсталып тұр. "
                               .. "Қайта жеткізу үшін 24 сағат ішінде 350 ₸ төлеңіз: sapar-kz.example/pay" },

    choice "tap_link" { "Етігім қайтып кетпесін. Небәрі 350 ₸ қой — сілтемені ашамын",
      go = "fake_page", verdict = "risky", tip = "links", action = "tap_link",
      why = "Бейтаныс нөмірден келген төлем сілтемесі жиі жалған бетке апарады. "
         .. "Сәлемдемені жеткізу қызметінің өз қосымшасынан тексеріңіз." },

    choice "check_app" { "Сілтемені ашпаймын. Сапар Жеткізу қосымшасын өзім ашып тексеремін",
      go = "app_check", verdict = "safe", tip = "links",
      why = "Дұрыс: сілтемеге емес, өзіңіз орнатқан қосымшаға жүгіндіңіз. "
         .. "Сәлемдеменің шын жағдайы сонда көрінеді." },

    choice "knew_it" { "Сәлемдемем бекетте тұр, қосымшадан көрдім. Бұл SMS жалған: нөмірді бұғаттаймын",
      when = { checked_app = true },
      go = "safe_checked", verdict = "safe", tip = "links", action = "block",
      why = "Дұрыс: нағыз сәлемдемеңіздің қайда тұрғанын білдіңіз, сондықтан жалған SMS сізді алдай алмады. "
         .. "Нөмірді бұғаттасаңыз, ол сізге қайта жаза алмайды." },
  },

  node "app_check" {
    narrate "Сіз Сапар Жеткізу қосымшасын өзіңіз ашасыз.",
    web { url = "https://sapar.example/track/KZ48210", title = "Сапар Жеткізу · №KZ48210",
          text = "Күйі: бекетте, Абай даңғылы, 52. Сақтау мерзімі: 5 күн. Жеткізу төленген, қосымша ақы жоқ." },

    choice "block" { "SMS жалған екен. Жіберген нөмірді бұғаттаймын",
      go = "safe_checked", verdict = "safe", tip = "links", action = "block",
      why = "Дұрыс: ресми қосымша сәлемдеменің бекетте тұрғанын және төлейтін ештеңе жоқ екенін көрсетті. "
         .. "Жалған нөмірді бұғаттау келесі алдаудан сақтайды." },
  },

  -- 3. The look-alike page: the service's name, another address, and a form for the card.
  node "fake_page" {
    web { url = "https://sapar-kz.example/pay", title = "SAPAR · Қайта жеткізу",
          text = "Қайта жеткізу ақысы — 350 ₸. 24 сағатта төленбесе, сәлемдеме қайтарылады.",
          fields = { "Карта нөмірі", "Мерзімі / CVV" } },

    choice "enter_card" { "Небәрі 350 ₸ қой. Карта деректерін енгізіп, «Төлеу» батырмасын басамын",
      go = "code_sms", verdict = "harmful", tip = "personal_data", action = "pay",
      why = "Бейтаныс сілтеме арқылы ашылған бетке енгізілген карта деректері алаяқтарға кетеді. "
         .. "Бет нағызына ұқсағанымен, мекенжайы — sapar-kz.example, жеткізу қызметінікі емес." },

    choice "close" { "Мекенжайы басқа: sapar-kz.example. Бетті жауып, қосымшаны өзім ашамын",
      go = "app_check", verdict = "safe", tip = "personal_data",
      why = "Дұрыс: карта деректерін тексерілмеген сайтқа енгізбедіңіз. "
         .. "Мекенжайға қарау — жалған бетті танудың қарапайым тәсілі." },
  },

  -- 4. The bank's code says what it is for: a payment far larger than 350 ₸.
  node "code_sms" {
    narrate "Бет «Төлемді растау үшін SMS-кодты енгізіңіз» деп жазады. Сол сәтте банктен SMS келеді.",
    sms { from = "bank", text = "Сенім Банк: SAPAR PAY ONLINE сайтында 148 500 ₸ төлемді растау коды: 4471. Кодты ешкімге айтпаңыз." },
    web { url = "https://sapar-kz.example/pay", title = "SAPAR · Төлемді растау", fields = { "SMS-код" } },

    choice "type_code" { "Кодты бетке енгіземін",
      go = "money_alert", verdict = "harmful", tip = "damage_control", action = "type_code",
      add = { balance = -148500, taken = 148500 },
      why = "SMS-те жазылған: код 350 ₸ емес, 148 500 ₸ төлемді растауға арналған. "
         .. "Кез келген кодты енгізбес бұрын оның не үшін келгенін оқыңыз." },

    choice "read_sms" { "Тоқта! Код 350 ₸ емес, 148 500 ₸ төлемге келген. Кодты енгізбей, банкке картадағы нөмір арқылы хабарласамын",
      go = "card_saved", verdict = "safe", tip = "damage_control", action = "dial:+7 700 000 11 11",
      why = "Дұрыс: кодтың не үшін келгенін оқып, алаяқтардың төлемін таныдыңыз. "
         .. "Карта деректері оларда қалды, сондықтан банкке хабарласып, картаны бұғаттату керек." },
  },

  node "money_alert" {
    narrate "Бетте «Рақмет! Сәлемдемеңіз ертең жеткізіледі» деген жазу шығады. Ал банк қосымшасы басқа нәрсені көрсетіп тұр.",
    bank { text = "Төлем: −148 500 ₸. SAPAR PAY ONLINE." },

    choice "call_bank" { "Дереу банкке картадағы нөмір арқылы хабарласып, картаны бұғаттатамын, полицияға арыз беремін",
      go = "money_blocked", verdict = "safe", tip = "damage_control", action = "dial:+7 700 000 11 11",
      why = "Дұрыс: алаяқтар сол карта деректерімен тағы төлем жасай алады, сондықтан әр минут маңызды. "
         .. "Картаны бұғаттатып, полицияға арыз беру керек." },

    choice "wait" { "Қате кеткен шығар. Ертең бөлімшеге барып сұраймын",
      go = "money_gone", verdict = "harmful", tip = "damage_control",
      effect = function(v)      -- the fraudsters use the card again and take what is left
        v.taken = v.taken + v.balance
        v.balance = 0
      end,
      why = "Күте тұрсаңыз, алаяқтар сол карта деректерімен қалған ақшаны да алады. "
         .. "Бөтен төлемді көрсеңіз, банкке картадағы нөмір арқылы дереу хабарласыңыз." },
  },

  -- Endings.
  ending "safe_checked" { outcome = "safe", title = "Алдауға ілікпедіңіз",
    debrief = "Нағыз хабарламада сәлемдеменің нөмірі мен бекеті жазылған, сілтеме жоқ, ақша сұралмайды. "
           .. "Жалған SMS бейтаныс нөмірден келді, онда сәлемдеменің нөмірі жоқ, «24 сағат ішінде небәрі 350 ₸ төлеңіз» деп асықтырып, сілтеме жіберді. "
           .. "Сәлемдемені жеткізу қызметінің өз қосымшасынан тексеріңіз, бейтаныс нөмірден келген төлем сілтемесін ашпаңыз. "
           .. "Алданып қалсаңыз, банкке картадағы нөмір арқылы және полицияға 102 арқылы хабарласыңыз." },

  ending "card_saved" { outcome = "recovered", title = "Карта бұғатталды, ақша орнында",
    call { to = "bank" },
    say { "bank", "Сәлеметсіз бе! Сенім Банктің Call-орталығы, оператор Дәурен, тыңдап тұрмын." },
    say { "me", "Бір сайтқа карта деректерімді енгізіп қойдым. Енді 148 500 ₸ төлемге код келді, бірақ оны енгізген жоқпын." },
    say { "bank", "Дұрыс істедіңіз. Төлем өткен жоқ, картаңызды қазір бұғаттаймын. Жаңа картаны бөлімшеден аласыз." },
    bank { text = "Сенім Банк: карта бұғатталды. Жаңа карта 3 жұмыс күнінде дайын болады." },
    debrief = "Сіз карта деректерін жалған бетке енгіздіңіз, бірақ банктің SMS-ін оқып, кодтың 148 500 ₸ төлемге келгенін байқадыңыз да, тоқтадыңыз. "
           .. "Кодты енгізбеу және картаны дереу бұғаттату ақшаны сақтап қалды. "
           .. "Код келсе, алдымен оның не үшін екенін оқыңыз: кабинетке кіру, құпия сөзді қалпына келтіру, төлемді растау немесе келісімшартқа қол қою. "
           .. "Карта деректері бөтен қолға түссе, банкке картадағы нөмір арқылы хабарласыңыз; ақша кетсе — полицияға 102 арқылы." },

  ending "money_blocked" { outcome = "loss", title = "148 500 ₸ кетті, бірақ одан артық емес",
    bank { text = "Сенім Банк: карта бұғатталды. Өтінішіңіз тіркелді." },
    debrief = "350 ₸ сұраған бет карта деректеріңізді алды, ал сіз енгізген код 148 500 ₸ төлемді растады. "
           .. "Картаны дереу бұғаттатып, полицияға арыз бергеніңіз дұрыс болды: алаяқтар қалған ақшаны ала алмады. "
           .. "Кез келген кодты енгізбес бұрын SMS-ті соңына дейін оқыңыз, бейтаныс нөмірден келген төлем сілтемесін ашпаңыз. "
           .. "Көмек керек болса, банкке картадағы нөмір арқылы, полицияға 102 арқылы хабарласыңыз." },

  ending "money_gone" { outcome = "loss", title = "Картадағы ақша түгел кетті",
    bank { text = "Сенім Банк: соңғы тәуліктегі карта төлемдері: −{taken} ₸." },
    debrief = "Сіз ертеңді күткенше алаяқтар сол карта деректерімен тағы бірнеше төлем жасап, барлығы {taken} ₸ алды. "
           .. "Бөтен төлемді көргенде күтпеу керек: банкке картадағы нөмір арқылы дереу хабарласып, картаны бұғаттатыңыз, полицияға арыз беріңіз. "
           .. "Сәлемдемені тек жеткізу қызметінің өз қосымшасынан тексеріңіз, сілтеме арқылы ашылған бетке карта деректерін енгізбеңіз. "
           .. "Көмек керек болса, банкке картадағы нөмір арқылы, полицияға 102 арқылы хабарласыңыз." },
}
