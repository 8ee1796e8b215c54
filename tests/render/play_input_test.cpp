// SPDX-License-Identifier: MIT
// Whole play-throughs driven only by simulated input through the real screens: code_1414
// to one ending with the keyboard alone (number keys, Tab, Enter, the keypad typed) and to
// another with the mouse alone (clicks in the middle of the controls the frame recorded),
// dialing the bank's number on the phone's keypad. The engine decides; the tests check its
// state at the end. Also: the focus walks every control, and a wrong number does not advance.
#include <doctest/doctest.h>

#include <vector>

#include "input_driver.h"

using namespace saqbol;
using namespace saqbol::test;

namespace {

const std::string kCode1414 = SAQBOL_SOURCE_DIR "/scenarios/code_1414.lua";
const std::string kWrongNumber = "This is not the number you chose to call. Check it and dial again.";

std::vector<std::string> decisions(const Session& session) {
    std::vector<std::string> out;
    for (const Decision& d : session.history()) out.push_back(d.node + "/" + d.choice);
    return out;
}

}  // namespace

TEST_CASE("Tab and Shift+Tab walk every control of the phone and the choices, and Enter presses the focused one") {
    const Game game(kCode1414, "en");
    REQUIRE(game.words != nullptr);
    InputDriver in(game);
    REQUIRE(in.digit(1).choice);  // the courier's call, with the SMS banner and the red button
    const std::vector<std::pair<std::string, ui::Rect>> controls = in.log().controls;
    REQUIRE(controls.size() >= 5);
    CHECK(in.focused().empty());
    for (const auto& [name, rect] : controls) {  // one round of Tab visits each control once, in order
        in.tab();
        CHECK(in.focused() == name);
    }
    in.tab();
    CHECK(in.focused() == controls.front().first);  // and wraps round
    in.tab(true);
    CHECK(in.focused() == controls.back().first);  // Shift+Tab goes back
    CHECK(in.focused() == "choice:3");

    // Enter on a banner opens that app; Esc comes back to the call.
    REQUIRE(in.focus("banner:messages"));
    CHECK_FALSE(in.enter().choice);
    CHECK(in.drew("Back to the call"));
    ui::ScreenInput esc;
    esc.back = true;
    in.key(esc);
    CHECK_FALSE(in.drew("Back to the call"));

    // Enter on the red button is the hang_up choice, the same as key 3.
    REQUIRE(in.focus("call-end:3"));
    CHECK(in.enter().choice == std::optional<std::string>("hang_up"));
    CHECK(in.session().node().id == "video_call");
}

TEST_CASE("the keypad dials the number the choice names, and another number shows a calm hint and does not advance") {
    const Game game(kCode1414, "en");
    REQUIRE(game.words != nullptr);
    InputDriver in(game);
    REQUIRE(play(in.session(), {1, 3}));
    in.key();
    REQUIRE(in.session().node().id == "video_call");
    REQUIRE(in.hasControl("keypad-open:3"));  // choice 3 (dial:+7 700 000 11 11) has a keypad button
    REQUIRE(in.click("keypad-open:3"));
    CHECK(in.drew("Enter a number"));
    CHECK(in.hasControl("keypad-call"));
    CHECK_FALSE(in.digit(1).choice);  // on the keypad, number keys type
    in.type("02");
    CHECK(in.drew("102"));
    CHECK_FALSE(in.enter().choice);  // Enter calls; 102 is not the number
    CHECK(in.drewStart(kWrongNumber.substr(0, 20)));
    CHECK(in.session().node().id == "video_call");
    CHECK(in.session().history().size() == 2);
    ui::ScreenInput backspace;
    backspace.back = backspace.erase = true;
    in.key(backspace);
    CHECK(in.drew("10"));
    CHECK_FALSE(in.drewStart(kWrongNumber.substr(0, 20)));  // typing again clears the hint
    ui::ScreenInput esc;
    esc.back = true;
    in.key(esc);  // Esc closes the keypad: number keys pick again
    CHECK_FALSE(in.hasControl("keypad-call"));
    CHECK(in.digit(4).choice == std::optional<std::string>("not_me"));
}

TEST_CASE("keyboard only: code_1414 to the safe, checked ending, dialing the bank on the keypad") {
    const Game game(kCode1414, "kk");
    REQUIRE(game.words != nullptr);
    InputDriver in(game);
    CHECK(in.digit(1).choice == std::optional<std::string>("type_on_egov"));  // a number key
    REQUIRE(in.focus("call-end:3"));                                          // Tab to the red button
    CHECK(in.enter().choice == std::optional<std::string>("hang_up"));
    REQUIRE(in.focus("keypad-open:3"));  // Tab to the keypad button, Enter opens it
    CHECK_FALSE(in.enter().choice);
    in.type("8700000111");  // dialed the domestic way: 8 for +7
    CHECK(in.drew("8 700 000 11 1"));
    in.type("1");
    CHECK(in.enter().choice == std::optional<std::string>("call_bank"));
    REQUIRE(in.focus("banner:bank"));  // the bank's call goes on; its app opens from the banner
    CHECK_FALSE(in.enter().choice);
    REQUIRE(in.focus("block:1"));  // the bank app's Block button is choice 1
    CHECK(in.enter().choice == std::optional<std::string>("block_numbers"));

    const Session& s = in.session();
    CHECK(s.ended());
    CHECK(s.node().id == "safe_checked");
    CHECK(decisions(s) == std::vector<std::string>{"egov_login/type_on_egov", "courier_call/hang_up",
                                                   "video_call/call_bank", "bank_hotline/block_numbers"});
    in.enter();
    CHECK(in.view().screen() == ui::Screen::Debrief);
}

TEST_CASE("mouse only: code_1414 to the recovered ending, dialing the bank on the keypad after a wrong number") {
    const Game game(kCode1414, "ru");
    REQUIRE(game.words != nullptr);
    InputDriver in(game);
    REQUIRE(in.click("banner:browser"));  // the eGov page, from its banner
    REQUIRE(in.click("type_code:1"));     // its code field is choice 1
    CHECK(in.session().node().id == "courier_call");
    REQUIRE(in.click("choice:1"));  // the code is told: a choice with no phone button
    CHECK(in.session().node().id == "video_call");
    REQUIRE(in.click("keypad-open:3"));
    for (const char* key : {"1", "0", "2"}) REQUIRE(in.click(std::string("keypad:") + key));
    REQUIRE(in.click("keypad-call"));
    CHECK(in.session().node().id == "video_call");  // not the bank's number: nothing happens
    for (int i = 0; i < 3; ++i) REQUIRE(in.click("keypad:erase"));
    for (char key : std::string("+77000001111")) REQUIRE(in.click(std::string("keypad:") + key));
    REQUIRE(in.click("keypad-call"));
    CHECK(in.session().node().id == "bank_hotline");
    REQUIRE(in.click("banner:bank"));
    REQUIRE(in.click("block:1"));  // the bank app's Block button

    const Session& s = in.session();
    CHECK(s.ended());
    CHECK(s.node().id == "recovered");
    CHECK(decisions(s) == std::vector<std::string>{"egov_login/type_on_egov", "courier_call/tell_code",
                                                   "video_call/call_bank", "bank_hotline/block_and_change"});
    REQUIRE(in.click("choice:1"));  // "See the debrief"
    CHECK(in.view().screen() == ui::Screen::Debrief);
}
