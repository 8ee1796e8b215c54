// SPDX-License-Identifier: MIT
// Author mode on screen (engine/app/author_mode.h over ui/author_panel.h), drawn headless:
// the author panel and the overlay with a broken save's errors in kk, ru and en at text
// sizes M and XL — their words present, every letter in the font, every text inside its
// part; the panel used with the keyboard alone (F12, type a filter, jump, edit a variable,
// play from there, go back); and the game's idle loop, which wakes by itself only in author
// mode. Pictures: build/tests/screens/author-*.png.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <imgui.h>

#include "author_mode.h"
#include "platform/event_loop.h"
#include "platform/headless.h"
#include "platform/ui_context.h"
#include "platform/window.h"
#include "po_reader.h"
#include "shell_fixture.h"

using namespace saqbol;
using namespace saqbol::test;
namespace fs = std::filesystem;

namespace {

const fs::path kCode1414 = SAQBOL_SOURCE_DIR "/scenarios/code_1414.lua";

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Author mode with its own headless window, driven one frame at a time like the game window.
struct AuthorWindow {
    UiText ui;
    AuthorMode author;
    ui::Shell shell;
    std::unique_ptr<platform::Headless> host;
    ui::DrawLog log;

    AuthorWindow(const fs::path& file, const std::string& lang, platform::TextSize size = platform::TextSize::M)
        : ui(loadUiText(lang, SAQBOL_SOURCE_DIR, nullptr)), author(file, lang, SAQBOL_SOURCE_DIR) {
        shell.show(ui::Screen::Phone);
        platform::HeadlessOptions options;
        options.textSize = size;
        options.texts = ui::shellTexts(ui, {});
        const auto more = author.texts(ui);
        options.texts.insert(options.texts.end(), more.begin(), more.end());
        std::string error;
        host = platform::Headless::create(options, &error);
        REQUIRE_MESSAGE(host != nullptr, error);
    }

    // One frame with `input`; `typed` reaches Dear ImGui's text fields as typed characters.
    ui::Shell::Action frame(const ui::ScreenInput& input = {}, bool f12 = false, const std::string& typed = "") {
        ui::Shell::Action action;
        host->renderFrames(1, [&] {
            if (!typed.empty()) ImGui::GetIO().AddInputCharactersUTF8(typed.c_str());
            log = {};
            ui::ShellModel model;
            model.ui = &ui;
            action = author.frame(shell, model, input, f12, &log);
        });
        host->renderFrames(1, [&] {  // one more with no input: what the window shows after it settles
            log = {};
            ui::ShellModel model;
            model.ui = &ui;
            author.frame(shell, model, {}, false, &log);
        });
        return action;
    }

    // What a player's eye would find wrong in the last frame; keeps it as `png`.
    std::vector<std::string> check(const std::string& png, bool overlaps) {
        std::vector<std::string> problems;
        const ImVec2 display = ImGui::GetIO().DisplaySize;
        const ui::Rect window{ImVec2(0, 0), display};
        for (std::size_t i = 0; i < log.texts.size(); ++i) {
            const ui::DrawnText& t = log.texts[i];
            if (const auto missing = host->ui().missingGlyphs(t.text); !missing.empty())
                problems.push_back("missing " + platform::describeCodepoints(missing) + " in \"" + t.text + "\"");
            if (!t.region.contains(t.rect)) problems.push_back("\"" + t.text + "\" runs outside the " + t.region_name);
            if (!window.contains(t.region)) problems.push_back("the " + t.region_name + " is outside the window");
            for (std::size_t j = i + 1; overlaps && j < log.texts.size(); ++j) {
                const ui::Rect& a = t.rect;
                const ui::Rect& b = log.texts[j].rect;
                if (a.min.x < b.max.x - 1 && b.min.x < a.max.x - 1 && a.min.y < b.max.y - 1 && b.min.y < a.max.y - 1)
                    problems.push_back("\"" + t.text + "\" and \"" + log.texts[j].text + "\" overlap");
            }
        }
        std::string error;
        if (!host->savePng(outputDir() + "/" + png, &error)) problems.push_back(error);
        if (distinctColours(readPng(outputDir() + "/" + png)) < 16) problems.push_back("the frame is nearly blank");
        return problems;
    }

    bool drewText(const std::string& text) const { return drew(log, text); }
    bool hasControl(const std::string& name) const {
        return std::any_of(log.controls.begin(), log.controls.end(), [&](const auto& c) { return c.first == name; });
    }
    std::string focused() const {
        return log.focused >= 0 ? log.controls[static_cast<std::size_t>(log.focused)].first : std::string();
    }
};

ui::ScreenInput tab(bool back = false) {
    ui::ScreenInput in;
    (back ? in.previous : in.next) = true;
    return in;
}

}  // namespace

TEST_CASE("the author panel shows every part in kk, ru and en, whole and inside its place") {
    for (const char* lang : {"kk", "ru", "en"})
        for (const platform::TextSize size : {platform::TextSize::M, platform::TextSize::XL}) {
            const std::string name = std::string("author-panel-") + lang + (size == platform::TextSize::XL ? "-xl" : "");
            CAPTURE(name);
            AuthorWindow w(kCode1414, lang, size);
            REQUIRE(w.author.session().ready());
            w.frame(key(1));  // a choice, so the history and the score have something
            REQUIRE(w.author.session().session().history().size() == 1);
            w.frame({}, true);
            REQUIRE(w.author.panelOpen());
            CHECK_MESSAGE(w.check(name + ".png", true).empty(), joined(w.check(name + ".png", true)));
            for (const char* words : {"Author panel", "Nodes", "Variables", "History", "Score per tip", "Problems (saqbol lint)",
                                      "Go back to here", "No problems: lint is happy with this file."}) {
                CAPTURE(words);
                CHECK(w.drewText(w.ui.tr(words)));
            }
            if (std::string(lang) != "en") CHECK(w.ui.tr("Variables") != "Variables");  // translated, not English
            CHECK(w.drewText("egov_login"));   // the first node
            CHECK(w.drewText("balance"));      // a variable
            CHECK(w.drewText("1. egov_login"));  // the decision just made
            CHECK(w.drewText(kCode1414.string()));
        }
}

TEST_CASE("a broken save shows its errors over the last good version in kk, ru and en") {
    const std::string broken = readFile(SAQBOL_SOURCE_DIR "/tests/data/broken.lua");
    for (const char* lang : {"kk", "ru", "en"})
        for (const platform::TextSize size : {platform::TextSize::M, platform::TextSize::XL}) {
            const std::string name = std::string("author-error-") + lang + (size == platform::TextSize::XL ? "-xl" : "");
            CAPTURE(name);
            AuthorWindow w(kCode1414, lang, size);
            w.frame(key(1));
            w.author.session().reloadWith(broken);
            REQUIRE_FALSE(w.author.session().errors().empty());
            w.frame();
            CHECK(w.author.errorsShown());
            CHECK_MESSAGE(w.check(name + ".png", false).empty(), joined(w.check(name + ".png", false)));
            CHECK(w.drewText(w.ui.tr("The last save has errors: the last good version keeps running.")));
            CHECK(w.drewText("code_1414.lua:8: SB007"));  // file:line: CODE of the first error
            CHECK(w.drewText(w.ui.tr("AUTHOR")));
            // The last good version still plays under it: its choices are on screen and work.
            CHECK(w.author.session().session().history().size() == 1);
            w.frame(key(1));
            CHECK(w.author.session().session().history().size() == 2);
            // Esc hides the errors (and does not reach the phone); the next good save would clear them.
            w.frame(esc());
            CHECK_FALSE(w.author.errorsShown());
            CHECK_FALSE(w.drewText("code_1414.lua:8: SB007"));
        }
}

TEST_CASE("a file broken from the start shows its errors alone until it is fixed") {
    AuthorWindow w(SAQBOL_SOURCE_DIR "/tests/data/broken.lua", "ru");
    CHECK_FALSE(w.author.session().ready());
    w.frame({}, true);  // F12 has nothing to open yet
    CHECK_FALSE(w.author.panelOpen());
    CHECK_MESSAGE(w.check("author-error-alone-ru.png", false).empty(), joined(w.check("author-error-alone-ru.png", false)));
    CHECK(w.drewText(w.ui.tr("The scenario cannot start: it has errors.")));
    CHECK(w.drewText("broken.lua:8: SB007"));
}

TEST_CASE("the author panel with the keyboard alone: F12, filter, jump, edit a variable, play from there, go back") {
    AuthorWindow w(kCode1414, "en");
    AuthorSession& s = w.author.session();
    w.frame(key(1));  // egov_login -> courier_call
    REQUIRE(s.session().history().size() == 1);

    // F12 opens the panel with the filter field ready for typing; Enter jumps to the match.
    w.frame({}, true);
    REQUIRE(w.author.panelOpen());
    CHECK(w.author.typing());
    CHECK(w.focused() == "author:filter");
    w.frame({}, false, "badge");
    CHECK(w.hasControl("author:node:fake_badge"));
    CHECK_FALSE(w.hasControl("author:node:egov_login"));  // filtered out
    w.frame(enter());
    CHECK_FALSE(w.author.panelOpen());
    CHECK(w.shell.screen() == ui::Screen::Phone);
    CHECK(s.session().node().id == "fake_badge");
    CHECK(s.start().node == "fake_badge");
    CHECK(s.session().history().empty());
    CHECK(w.drewText("Playing from fake_badge."));  // the badge line says what happened

    // Edit a variable and play from a node with it: Tab to the variables, Enter edits, typing
    // replaces the value, Enter keeps it; Shift+Tab to "play from there", Enter.
    w.frame({}, true);
    for (int i = 0; i < 4; ++i) w.frame(tab());
    CHECK(w.focused() == "author:var:balance");
    w.frame(enter());
    CHECK(w.author.typing());
    w.frame({}, false, "abc");
    w.frame(enter());  // not a number: the editor stays open and says so
    CHECK(w.drewText("Not a number"));
    CHECK(std::get<double>(s.session().vars().at("balance")) == 480000.0);
    w.frame({}, false, "1500");
    w.frame(enter());
    CHECK_FALSE(w.author.typing());
    CHECK(w.drewText("1500"));
    w.frame(down());  // code_given: a yes/no flips with Enter
    w.frame(enter());
    w.frame(tab(true));
    CHECK(w.focused() == "author:play-from");
    w.frame(enter());
    CHECK_FALSE(w.author.panelOpen());
    CHECK(s.session().node().id == "fake_badge");  // the node selected when the panel opened: where the play is
    CHECK(std::get<double>(s.session().vars().at("balance")) == 1500.0);
    CHECK(std::get<bool>(s.session().vars().at("code_given")));

    // Two choices, then go back to before the second: Tab to the history, Up, Enter.
    w.frame(key(1));
    REQUIRE(s.session().history().size() == 1);
    const std::string second_at = s.session().node().id;
    if (!s.session().ended()) {
        w.frame(key(1));
        REQUIRE(s.session().history().size() == 2);
    }
    w.frame({}, true);
    for (int i = 0; i < 5; ++i) w.frame(tab());
    CHECK(w.focused().rfind("author:decision:", 0) == 0);
    w.frame(enter());
    CHECK_FALSE(w.author.panelOpen());
    CHECK(s.session().node().id == second_at);
    CHECK(s.session().history().size() == 1);

    // Esc closes the panel and nothing else changes.
    w.frame({}, true);
    w.frame(esc());
    CHECK_FALSE(w.author.panelOpen());
    CHECK(s.session().node().id == second_at);
}

TEST_CASE("the idle loop wakes by itself only in author mode") {
    // The game window as `saqbol` opens it (no --author): nothing makes its loop poll.
    {
        ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
        std::string error;
        auto window = platform::Window::open({}, &error);
        REQUIRE_MESSAGE(window != nullptr, error);
        window->setUi([](platform::EventLoop&) {});
        for (int i = 0; i < 4; ++i) window->loop().step(15);
        CHECK(window->loop().idleWaitMs() == -1);
        CHECK(window->loop().pollsMade() == 0);
    }
    // The game (no author mode): after the first frame, waiting costs nothing — no timer, no poll.
    int frames = 0, polls = 0;
    {
        platform::EventLoop loop(nullptr, [&] { ++frames; });
        loop.step(0);
        CHECK(loop.idleWaitMs() == -1);  // sleeps until input
        for (int i = 0; i < 4; ++i) loop.step(15);
        CHECK(loop.pollsMade() == 0);
        CHECK(frames == 1);
    }
    // Author mode: the files are looked at while idle; a frame is drawn only when one changed.
    frames = 0;
    bool changed = false;
    platform::EventLoop loop(nullptr, [&] { ++frames; });
    loop.setIdlePoll(5, [&] {
        ++polls;
        return changed;
    });
    loop.step(0);
    CHECK(loop.idleWaitMs() >= 0);
    CHECK(loop.idleWaitMs() <= 5);
    for (int i = 0; i < 6 && polls < 2; ++i) loop.step(20);
    CHECK(polls >= 2);
    CHECK(frames == 1);  // polling alone draws nothing
    changed = true;
    const int before = polls;
    for (int i = 0; i < 6 && polls == before; ++i) loop.step(20);
    loop.step(0);
    CHECK(frames >= 2);  // a change is drawn
}
