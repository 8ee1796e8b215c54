# SPDX-License-Identifier: MIT
# The same small app as bench/peers/love, written the way a trainer would in Ren'Py 8: one
# screen of Kazakh text with three choices, then a feedback screen. bench/run times the
# start-up by the line printed when the first interaction starts (the moment before Ren'Py
# draws its first screen of content — one frame sooner than SaqBol's and LÖVE's markers,
# which favours Ren'Py slightly).

init python:
    import sys

    def _first_content():
        if not getattr(store, "_peer_marked", False):
            store._peer_marked = True
            sys.stdout.write("peer: first frame presented\n")
            sys.stdout.flush()

    config.interact_callbacks.append(_first_content)

define config.screen_width = 1280
define config.screen_height = 720
define gui.text_font = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
define config.has_autosave = False

label start:
    "1414 қызметінен SMS келді: «Кодты ешкімге айтпаңыз». Бір минуттан соң «банктің қауіпсіздік қызметінен» қоңырау: «Картаңыз бұғатталды, SMS-тегі кодты айтыңыз». Не істейсіз?"
    menu:
        "Кодты айтамын — олар банктен ғой":
            "Код — сіздің қолыңыз. Банк оны ешқашан сұрамайды."
        "Қоңырауды үземін де, картадағы нөмір арқылы банкке өзім хабарласамын":
            "Дұрыс. Ресми нөмірге өзіңіз қоңырау шалу — ең сенімді жол."
        "Ойланып көремін деп, тұтқаны қоймаймын":
            "Алаяқ сөйлескен сайын қысым күшейеді. Тұтқаны қойыңыз."
    return
