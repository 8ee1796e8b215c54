// SPDX-License-Identifier: MIT
// The phone's keypad and the keyboard focus ring as a player sees them, in kk, ru and en at
// text sizes S and XL: not blank, no missing letter, every text and every key inside the
// phone (build/tests/screens/keypad-*.png, focus-*.png).
#include <doctest/doctest.h>

#include <algorithm>

#include "input_driver.h"

using namespace saqbol;
using namespace saqbol::test;

namespace {

const std::string kCode1414 = SAQBOL_SOURCE_DIR "/scenarios/code_1414.lua";

// Every control named `prefix`… lies inside the phone's screen.
void checkInsidePhone(const ui::DrawLog& log, const std::string& prefix) {
    const auto phone = std::find_if(log.regions.begin(), log.regions.end(), [](const auto& r) { return r.first == "phone"; });
    REQUIRE(phone != log.regions.end());
    int found = 0;
    for (const auto& [name, rect] : log.controls)
        if (name.rfind(prefix, 0) == 0) {
            ++found;
            CHECK_MESSAGE(phone->second.contains(rect), name);
        }
    CHECK(found > 0);
}

}  // namespace

TEST_CASE("the keypad draws whole and inside the phone in kk, ru and en at text sizes S and XL") {
    for (const std::string lang : {"kk", "ru", "en"}) {
        for (const auto& [size, size_name] : {std::pair{platform::TextSize::S, "S"}, std::pair{platform::TextSize::XL, "XL"}}) {
            CAPTURE(lang);
            CAPTURE(size_name);
            const Game game(kCode1414, lang);
            REQUIRE(game.words != nullptr);
            InputDriver in(game, size);
            REQUIRE(play(in.session(), {1, 1}));  // the "police" video call, code given
            in.key();
            REQUIRE(in.click("keypad-open:3"));
            in.type("+7700000");
            in.type("12");
            in.enter();  // a wrong number: the hint shows
            CHECK(in.session().node().id == "video_call");
            CHECK(in.log().texts.size() > 10);
            Image image;
            for (const std::string& problem : in.check("keypad-" + lang + "-" + size_name + ".png", &image)) FAIL_CHECK(problem);
            CHECK(distinctColours(image) > 50);
            checkInsidePhone(in.log(), "keypad");

            // The focus ring on a key of the keypad, and on the call screen's red button.
            ui::ScreenInput right;
            right.right = true;
            in.tab();
            in.key(right);
            CHECK_FALSE(in.focused().empty());
            for (const std::string& problem : in.check("focus-keypad-" + lang + "-" + size_name + ".png")) FAIL_CHECK(problem);
        }
    }
}

TEST_CASE("the focus ring shows on the call screen's buttons and the choices") {
    const Game game(kCode1414, "kk");
    REQUIRE(game.words != nullptr);
    InputDriver in(game, platform::TextSize::M);
    REQUIRE(play(in.session(), {1}));
    in.key();
    REQUIRE(in.focus("call-end:3"));
    Image image;
    for (const std::string& problem : in.check("focus-call-kk-M.png", &image)) FAIL_CHECK(problem);
    CHECK(distinctColours(image) > 50);
    REQUIRE(in.focus("choice:2"));
    for (const std::string& problem : in.check("focus-choice-kk-M.png")) FAIL_CHECK(problem);
}
