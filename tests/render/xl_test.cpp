// SPDX-License-Identifier: MIT
// Text size XL on a 1280x800 window (a classroom projector): no word of the moment is lost.
// At code_1414's courier call and its video call, in kk, ru and en, every `say` line of the
// call and every paragraph of the story panel is drawn in full — at once, or scrolled
// through with PageDown alone, or with the mouse wheel alone — the newest line shows from
// its first word before anything is pressed, the choices stay on screen, and every text
// stays inside its region (build/tests/screens/xl-*.png).
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "input_driver.h"
#include "phone.h"

using namespace saqbol;
using namespace saqbol::test;

namespace {

const std::string kCode1414 = SAQBOL_SOURCE_DIR "/scenarios/code_1414.lua";

// What the moment says: the call's `say` lines of this node, and the story's paragraphs.
struct Moment {
    std::vector<std::string> said;
    std::vector<std::string> story;
};

Moment momentOf(const Game& game, const Session& session) {
    Moment m;
    const PhoneView view = phoneView(session);
    const auto textOf = [&](const PhoneEntry& e) {
        return game.words->text(e.node->id, e.event->text, e.vars != nullptr ? *e.vars : session.vars());
    };
    if (view.call)
        for (const PhoneEntry& e : view.call->lines)
            if (e.node->id == session.node().id) m.said.push_back(textOf(e));
    for (const PhoneEntry& e : view.narration) m.story.push_back(textOf(e));
    return m;
}

// Whether `text` is drawn whole: it is the drawn lines (as wrapping cut it) one after another.
bool drawnWhole(const std::string& text, const std::set<std::string>& lines) {
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\n')) ++at;
        if (at == text.size()) break;
        std::size_t best = 0;
        for (const std::string& line : lines)
            if (line.size() > best && text.compare(at, line.size(), line) == 0) best = line.size();
        if (best == 0) return false;
        at += best;
    }
    return true;
}

// Plays to the moment at XL, checks the first frame, then pages through it with `step`
// until nothing changes, collecting every drawn line; checks each frame on the way.
void readWholeMoment(const std::string& lang, const std::vector<int>& choices, const std::string& name, bool mouse) {
    CAPTURE(lang);
    CAPTURE(name);
    CAPTURE(mouse);
    const Game game(kCode1414, lang);
    REQUIRE(game.words != nullptr);
    InputDriver in(game, platform::TextSize::XL);
    for (int n : choices) REQUIRE(in.digit(n).choice);
    const Moment moment = momentOf(game, in.session());
    REQUIRE_FALSE(moment.said.empty());
    const std::size_t choice_count = in.session().shownChoices().size();

    // Before any key: the newest line shows from its first word.
    const std::string& newest = moment.said.back();
    CHECK(std::any_of(in.log().texts.begin(), in.log().texts.end(), [&](const ui::DrawnText& t) {
        return t.text.size() >= 4 && newest.rfind(t.text, 0) == 0;
    }));

    std::set<std::string> lines;
    std::vector<std::string> last;
    for (int page = 0; page < 40; ++page) {
        const std::string png = "xl-" + name + "-" + lang + (mouse ? "-wheel" : "") + "-" + std::to_string(page) + ".png";
        const std::vector<std::string> problems = in.check(page == 0 ? "xl-" + name + "-" + lang + ".png" : png);
        for (const std::string& problem : problems) FAIL_CHECK(problem);
        for (std::size_t i = 1; i <= choice_count; ++i) CHECK(in.hasControl("choice:" + std::to_string(i)));
        std::vector<std::string> now;
        for (const ui::DrawnText& t : in.log().texts) now.push_back(t.text);
        if (now == last) break;  // at the end: nothing moved
        last = now;
        lines.insert(now.begin(), now.end());
        if (page == 0) {  // first up to the top, then down to the end
            for (int k = 0; k < 20; ++k) {
                std::vector<std::string> before;
                for (const ui::DrawnText& t : in.log().texts) before.push_back(t.text);
                if (mouse) {
                    in.wheel("subtitles", 1.0f);
                    in.wheel("story", 1.0f);
                } else {
                    ui::ScreenInput up;
                    up.page_up = true;
                    in.key(up);
                }
                std::vector<std::string> after;
                for (const ui::DrawnText& t : in.log().texts) after.push_back(t.text);
                if (after == before) break;  // at the top
                lines.insert(after.begin(), after.end());
            }
            last.clear();
            continue;
        }
        if (mouse) {
            in.wheel("subtitles", -1.0f);
            in.wheel("story", -1.0f);
        } else {
            ui::ScreenInput down;
            down.page_down = true;
            in.key(down);
        }
    }
    for (const std::string& said : moment.said) CHECK_MESSAGE(drawnWhole(said, lines), "not drawn whole: " << said);
    for (const std::string& text : moment.story) CHECK_MESSAGE(drawnWhole(text, lines), "not drawn whole: " << text);
}

}  // namespace

TEST_CASE("at XL on 1280x800 every line of the courier's call can be read whole with PageDown alone") {
    for (const std::string lang : {"kk", "ru", "en"}) readWholeMoment(lang, {1}, "call", false);
}

TEST_CASE("at XL on 1280x800 every line of the video call can be read whole with PageDown alone") {
    for (const std::string lang : {"kk", "ru", "en"}) readWholeMoment(lang, {1, 1}, "video", false);
}

TEST_CASE("at XL on 1280x800 every line of the courier's call can be read whole with the mouse wheel alone") {
    for (const std::string lang : {"kk", "ru", "en"}) readWholeMoment(lang, {1}, "call", true);
}

TEST_CASE("at XL on 1280x800 every line of the video call can be read whole with the mouse wheel alone") {
    for (const std::string lang : {"kk", "ru", "en"}) readWholeMoment(lang, {1, 1}, "video", true);
}
