// SPDX-License-Identifier: MIT
// The game window's screens, drawn headless through the real code: code_1414 at the
// moments that matter in kk, ru and en at the smallest and largest text sizes, every app
// of the phone, and the keys a player uses. Pictures are kept in build/tests/screens/.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>

#include "game_fixture.h"
#include "platform/headless.h"
#include "platform/ui_context.h"

using namespace saqbol;
using namespace saqbol::test;

namespace {

const std::string kCode1414 = SAQBOL_SOURCE_DIR "/scenarios/code_1414.lua";
const std::string kPhoneApps = SAQBOL_SOURCE_DIR "/tests/data/phone_apps.lua";

struct Moment {
    const char* name;
    std::vector<int> choices;
    ui::Screen screen;
};

// The start, a call, a video call with a photo sent in the chat, the bank app after the
// transfer and the loan (the ending), the debrief of that ending and of a safe one.
const Moment kMoments[] = {
    {"start", {}, ui::Screen::Phone},
    {"call", {1}, ui::Screen::Phone},
    {"video-call", {1, 1}, ui::Screen::Phone},
    {"bank-after-transfer", {1, 1, 1, 1, 1, 1}, ui::Screen::Phone},
    {"debrief-loss", {1, 1, 1, 1, 1, 1}, ui::Screen::Debrief},
    {"debrief-safe", {1, 3, 4}, ui::Screen::Debrief},
};

// Whether `text` was drawn, on one line or wrapped over several.
bool drew(const Frame& frame, const std::string& text) {
    std::string all;
    for (const ui::DrawnText& t : frame.log.texts) {
        if (t.text.find(text) != std::string::npos) return true;
        all += t.text;
    }
    return all.find(text) != std::string::npos;
}

std::string joined(const std::vector<std::string>& problems) {
    std::string out;
    for (const std::string& p : problems) out += "\n  " + p;
    return out;
}

}  // namespace

TEST_CASE("code_1414 draws every moment in kk, ru and en at text sizes S and XL, whole and inside the phone or panel") {
    for (const char* lang : {"kk", "ru", "en"}) {
        const Game game(kCode1414, lang);
        REQUIRE(game.words != nullptr);
        for (const platform::TextSize size : {platform::TextSize::S, platform::TextSize::XL}) {
            for (const Moment& moment : kMoments) {
                const std::string name = std::string(moment.name) + "-" + lang + "-" + platform::textSizeName(size) + ".png";
                INFO(name);
                Session session = game.start();
                REQUIRE(play(session, moment.choices));
                const Frame frame = render(game, session, {1280, 800, size, moment.screen, name});
                CHECK_MESSAGE(frame.problems.empty(), joined(frame.problems));
                CHECK(frame.log.texts.size() > 5);
                CHECK(frame.image.width == 1280);
                CHECK(distinctColours(frame.image) > 200);  // shapes, colours, antialiased text: not blank
            }
        }
    }
}

TEST_CASE("the screens say what matters at each moment") {
    const Game game(kCode1414, "en");
    REQUIRE(game.words != nullptr);
    Session session = game.start();
    REQUIRE(play(session, {1}));
    const Frame call = render(game, session, {1280, 800, platform::TextSize::M, ui::Screen::Phone, ""});
    CHECK(drew(call, "+7 708 000 12 34"));  // the caller's number
    CHECK(drew(call, "5823"));              // the SMS code arrives as a banner during the call
    CHECK(drew(call, "What do you do?"));
    CHECK(drew(call, "hang up"));           // the action of choice 3

    REQUIRE(play(session, {1}));
    const Frame video = render(game, session, {1280, 800, platform::TextSize::M, ui::Screen::Phone, ""});
    CHECK(drew(video, "Video call"));

    REQUIRE(play(session, {1, 1, 1, 1}));
    REQUIRE(session.ended());
    const Frame bank = render(game, session, {1280, 800, platform::TextSize::M, ui::Screen::Phone, ""});
    CHECK(drew(bank, "1,500,000 ₸"));  // the loan, grouped, with the tenge sign
    CHECK(drew(bank, "See the debrief"));

    const Frame debrief = render(game, session, {1280, 800, platform::TextSize::M, ui::Screen::Debrief, ""});
    CHECK(drew(debrief, "You chose:"));
    CHECK(drew(debrief, "The safe move:"));
    CHECK(drew(debrief, "Codes and passwords"));  // a bar of the chart
    CHECK(drew(debrief, "Licensed brokers"));     // the five tips always show
    CHECK(drew(debrief, "102"));
    CHECK(drew(debrief, "112"));
    CHECK(drew(debrief, "back of your card"));
}

TEST_CASE("every app of the phone draws inside the phone in kk, ru and en at text sizes S and XL") {
  for (const char* lang : {"kk", "ru", "en"}) {
    // The story is English (no translation); the phone's own words are the player's language.
    const Game game(kPhoneApps, lang);
    REQUIRE(game.words != nullptr);
    const struct {
        const char* name;
        int steps;
        const char* expect;
    } apps[] = {
        {"lock", 0, "Post office"},
        {"sms", 1, "4821"},
        {"messenger", 2, "https://olx-delivery.kz-safe-pay.top/p/8812"},
        {"browser", 3, "https://kaspi-bank.kz.secure-login.top"},
        {"feed", 4, "Sponsored"},
        {"game", 5, "NightWolf"},
        {"call", 6, "Unknown number"},
        {"bank", 7, "250,000 ₸"},
    };
    for (const auto& app : apps) {
        for (const platform::TextSize size : {platform::TextSize::S, platform::TextSize::XL}) {
            const std::string name =
                std::string("app-") + app.name + "-" + lang + "-" + platform::textSizeName(size) + ".png";
            INFO(name);
            Session session = game.start();
            REQUIRE(play(session, std::vector<int>(static_cast<std::size_t>(app.steps), 1)));
            const Frame frame = render(game, session, {1280, 800, size, ui::Screen::Phone, name});
            CHECK_MESSAGE(frame.problems.empty(), joined(frame.problems));
            CHECK(distinctColours(frame.image) > 100);
            if (size == platform::TextSize::S && std::string(lang) == "en")
                CHECK_MESSAGE(drew(frame, app.expect), app.expect);
        }
    }
  }
}

TEST_CASE("the frame record catches text outside its region and letters the font lacks") {
    platform::HeadlessOptions options;
    options.width = 320;
    options.height = 240;
    options.texts = {"only Latin here"};
    std::string error;
    auto host = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);
    ui::DrawLog log;
    host->renderFrames(1, [&] {
        log = {};
        ImGui::Begin("probe");
        ui::Painter p(ImGui::GetWindowDrawList(), &log);
        p.pushRegion({ImVec2(10, 10), ImVec2(110, 50)}, "probe");
        p.text(ImVec2(20, 20), IM_COL32_WHITE, "fits");
        p.text(ImVec2(90, 20), IM_COL32_WHITE, "runs far past the right edge");
        p.popRegion();
        ImGui::End();
    });
    REQUIRE(log.texts.size() == 2);
    CHECK(log.texts[0].region.contains(log.texts[0].rect));
    CHECK_FALSE(log.texts[1].region.contains(log.texts[1].rect));
    CHECK(host->ui().missingGlyphs("fits").empty());
    CHECK_FALSE(host->ui().missingGlyphs("Қ").empty());  // not among the texts the atlas was built from
}

TEST_CASE("a phone number written in groups never breaks across lines") {
    platform::HeadlessOptions options;
    options.width = 320;
    options.height = 240;
    const std::string text = "Hang up and call +7 700 000 11 11 myself, the number on your card";
    options.texts = {text};
    std::string error;
    auto host = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);
    bool some_width_would_split = false;
    host->renderFrames(1, [&] {
        ImGui::Begin("probe");
        ui::Painter p(ImGui::GetWindowDrawList(), nullptr);
        for (float width = p.em() * 6; width < p.em() * 30; width += p.em() * 0.5f) {
            const auto lines = p.wrap(text, width);
            for (const std::string& line : lines) {
                const bool whole = line.find("+7") == std::string::npos || line.find("11 11") != std::string::npos;
                CHECK_MESSAGE(whole, "number split at width ", width, ": ", line);
            }
            some_width_would_split |= lines.size() > 1;
        }
        ImGui::End();
    });
    CHECK(some_width_would_split);  // the widths tried do make the text wrap
}
