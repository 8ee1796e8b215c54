// SPDX-License-Identifier: MIT
// The teacher's view (ui/teacher_screen.h) drawn headless and driven key by key as a teacher
// would, with the app's part played as the window plays it: the PIN checked and stored in a
// real data folder (engine/app/teacher_pin.cpp). Setting a PIN (typed twice; a mismatch
// starts again), the digits never drawn, a wrong PIN refused, the right one opening the
// classes; class 7Б of the report fixture (three students) showing the tips, the weakest,
// the moment to discuss with the choice most made there, the quiz before → after; a class
// of 25 students paged by whole rows with a cue naming what is hidden; many classes paged;
// every page drawn in kk, ru and en at M and XL with every letter in the font, every text
// inside its page and no two texts on top of each other.
// Pictures: build/tests/screens/teacher-*.png.
#include "teacher_screen.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include "../unit/report_fixture.h"
#include "game_fixture.h"
#include "platform/headless.h"
#include "platform/ui_context.h"
#include "po_reader.h"
#include "shell_fixture.h"
#include "teacher_pin.h"
#include "theme.h"

using namespace saqbol;
using namespace saqbol::test;
namespace fs = std::filesystem;

namespace {

const std::string kScenarios[] = {SAQBOL_SOURCE_DIR "/scenarios/code_1414.lua",
                                  SAQBOL_SOURCE_DIR "/scenarios/phishing_link.lua"};

ui::ScreenInput typed(const std::string& digits) {
    ui::ScreenInput in;
    in.dial = digits;
    return in;
}
ui::ScreenInput backspace() {
    ui::ScreenInput in;
    in.erase = true;
    in.back = true;  // Backspace is both, as the window reads it
    return in;
}
ui::ScreenInput pageDown() {
    ui::ScreenInput in;
    in.page_down = true;
    return in;
}
ui::ScreenInput pageUp() {
    ui::ScreenInput in;
    in.page_up = true;
    return in;
}

std::string describe(const ui::Rect& r) {
    return "(" + std::to_string(static_cast<int>(r.min.x)) + "," + std::to_string(static_cast<int>(r.min.y)) +
           ")-(" + std::to_string(static_cast<int>(r.max.x)) + "," +
           std::to_string(static_cast<int>(r.max.y)) + ")";
}

bool overlap(const ui::Rect& a, const ui::Rect& b) {
    const float slack = 1.0f;
    return a.min.x < b.max.x - slack && b.min.x < a.max.x - slack && a.min.y < b.max.y - slack &&
           b.min.y < a.max.y - slack;
}

// The teacher's PC: results, their names in `lang`, a data folder for the PIN, and the
// window's handling of what the screen returns.
struct Desk {
    Desk(const std::string& lang, Results results, const std::string& folder_name,
         platform::TextSize size = platform::TextSize::M)
        : folder("teacher-" + folder_name) {
        ui = loadUiText(lang, SAQBOL_SOURCE_DIR, nullptr);
        classes = analyzeClasses(results, "");
        for (const std::string& file : kScenarios) {
            const Game game(file, lang);
            REQUIRE(game.words != nullptr);
            const Scenario& s = game.loaded.host->scenario();
            titles.try_emplace(s.id, game.words->meta(s.title));
            for (const Node& node : s.nodes)
                for (const Choice& choice : node.choices)
                    choices.try_emplace(choiceKey(s.id, node.id, choice.id),
                                        game.words->text(node.id, choice.text, s.vars));
        }
        model.ui = &ui;
        model.classes = &classes;
        model.scenario_titles = &titles;
        model.choice_texts = &choices;
        model.pin_set = pinIsSet(folder.path);
        resize(size);
    }
    void resize(platform::TextSize size) {
        platform::HeadlessOptions options;
        options.textSize = size;
        options.texts = ui::teacherTexts(model);
        std::string error;
        host = platform::Headless::create(options, &error);
        REQUIRE_MESSAGE(host != nullptr, error);
    }
    // One frame with `input`; what it returned applied as the window does.
    ui::TeacherAction key(const ui::ScreenInput& input, ui::DrawLog* log = nullptr) {
        ui::TeacherAction action;
        host->renderFrames(1, [&] {
            if (log != nullptr) *log = {};
            action = ui::drawTeacherScreen(model, input, state, log);
        });
        if (action.check_pin) {
            model.unlocked = checkPin(folder.path, *action.check_pin);
            model.wrong_pin = !model.unlocked;
        }
        if (action.set_pin) {
            std::string error;
            if (setPin(folder.path, *action.set_pin, &error)) {
                model.pin_set = model.unlocked = true;
                model.pin_damaged = false;
                model.notice.clear();
            } else {
                model.notice = error;
            }
        }
        if (action.leave) {
            model.unlocked = false;  // leaving locks the view again
            model.wrong_pin = false;
            left = true;
        }
        return action;
    }
    // Draws once more with no key; what a player's eye would object to, the picture kept as `png`.
    std::vector<std::string> look(ui::DrawLog& log, const std::string& png = "") {
        key({}, &log);
        host->ui().makeCurrent();
        std::vector<std::string> out;
        const ImVec2 size = ImGui::GetIO().DisplaySize;
        const ui::Rect window{ImVec2(0, 0), size};
        for (std::size_t i = 0; i < log.texts.size(); ++i) {
            const ui::DrawnText& t = log.texts[i];
            if (const auto missing = host->ui().missingGlyphs(t.text); !missing.empty())
                out.push_back("missing glyphs " + platform::describeCodepoints(missing) + " in \"" + t.text +
                              "\"");
            if (!t.region.contains(t.rect))
                out.push_back("\"" + t.text + "\" at " + describe(t.rect) + " runs outside the " +
                              t.region_name + " " + describe(t.region));
            for (std::size_t j = i + 1; j < log.texts.size(); ++j)
                if (overlap(t.rect, log.texts[j].rect))
                    out.push_back("\"" + t.text + "\" and \"" + log.texts[j].text + "\" overlap at " +
                                  describe(t.rect));
        }
        for (const auto& [name, region] : log.regions)
            if (!window.contains(region))
                out.push_back("the " + name + " " + describe(region) + " is outside the window");
        if (const ImDrawData* data = ImGui::GetDrawData())
            for (int l = 0; l < data->CmdListsCount && out.size() < 50; ++l)
                for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer)
                    if (v.pos.x < -1 || v.pos.y < -1 || v.pos.x > size.x + 1 || v.pos.y > size.y + 1) {
                        out.push_back("a vertex at (" + std::to_string(v.pos.x) + "," +
                                      std::to_string(v.pos.y) + ") is outside the window");
                        break;
                    }
        std::string error;
        if (!png.empty() && !host->savePng(outputDir() + "/" + png, &error)) out.push_back("png: " + error);
        return out;
    }
    bool shows(const std::string& text) {
        ui::DrawLog log;
        key({}, &log);
        return drew(log, text);
    }
    // Unlocks with `pin` (set earlier) from wherever the view is.
    void unlock(const std::string& pin) {
        key(typed(pin));
        key(enter());
        REQUIRE(model.unlocked);
    }

    TempDir folder;
    UiText ui;
    std::vector<ClassReport> classes;
    std::map<std::string, std::string, std::less<>> titles, choices;
    ui::TeacherModel model;
    ui::TeacherState state;
    std::unique_ptr<platform::Headless> host;
    bool left = false;
};

// True when some drawn text holds nothing but digits (a PIN page must never show one).
bool drewDigits(const ui::DrawLog& log) {
    for (const ui::DrawnText& t : log.texts)
        if (!t.text.empty() && t.text.find_first_not_of("0123456789") == std::string::npos) return true;
    return false;
}

// The fixture's results and a class of 25 students (8 of each tip's moments, varied), and
// ten small classes more, so both the class list and a class's rows must page.
Results bigResults() {
    Results r = reportFixture();
    int next = 9000;
    auto uuid = [&] { return fixtureUuid(next++); };
    const char* tips[] = {"codes", "personal_data", "licensed_brokers", "no_prepayment", "links"};
    for (int i = 0; i < 25; ++i) {
        const Player p{uuid(), "9В", "Оқушы " + std::to_string(i + 1)};
        r.players.push_back(p);
        PlaySession s;
        s.id = uuid();
        s.player_id = p.id;
        s.scenario = "code_1414";
        s.language = "kk";
        s.mode = "play";
        s.started = "2026-11-28T10:" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ":00Z";
        const bool finished = i % 4 != 0;
        if (finished) {
            s.ended = "2026-11-28T11:00:00Z";
            s.ending = "safe_calm";
        }
        r.sessions.push_back(s);
        for (int k = 0; k < 5; ++k)
            r.decisions.push_back({uuid(), s.id, k + 1,
                                   k == 0 ? "courier_call" : "moment_" + std::to_string(k),
                                   k == 0 ? (i % 3 == 0 ? "hang_up" : "tell_code") : "choice", tips[k],
                                   (i + k) % 3 == 0   ? "safe"
                                   : (i + k) % 3 == 1 ? "risky"
                                                      : "harmful",
                                   "2026-11-28T10:30:00Z"});
    }
    for (int c = 0; c < 10; ++c) {
        const Player p{uuid(), "10" + std::string(1, static_cast<char>('A' + c)), "Ученик"};
        r.players.push_back(p);
    }
    return r;
}

const ClassReport* findClass(const std::vector<ClassReport>& classes, const std::string& name) {
    for (const ClassReport& c : classes)
        if (c.class_name == name) return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("teacher view: a PIN set twice and a wrong one refused before the right one opens class 7Б") {
    Desk desk("en", reportFixture(), "pin");
    REQUIRE_FALSE(desk.model.pin_set);
    ui::DrawLog log;

    // No PIN yet: the view asks for one, and the digits typed show as dots only.
    CHECK(desk.shows("Set a PIN (4–8 digits) so students don't wander in."));
    desk.key(typed("48"));
    desk.key(typed("21"));
    desk.look(log);
    CHECK(desk.state.typed == "4821");
    CHECK_FALSE(drewDigits(log));
    CHECK_FALSE(drew(log, "4821"));
    desk.key(enter());
    CHECK(desk.shows("Type the same PIN again to confirm it."));

    // The second typing differs: the PIN is set again from the start, and nothing is stored.
    desk.key(typed("4822"));
    CHECK_FALSE(desk.key(enter()).set_pin);
    CHECK(desk.shows("The two PINs were not the same. Set the PIN again."));
    CHECK(desk.state.page == ui::TeacherPage::NewPin);
    CHECK_FALSE(pinIsSet(desk.folder.path));

    // Too short is refused with a message; Backspace erases one digit.
    desk.key(typed("482"));
    desk.key(enter());
    CHECK(desk.shows("A PIN has 4 to 8 digits."));
    desk.key(typed("19"));
    desk.key(backspace());
    CHECK(desk.state.typed == "4821");
    CHECK_FALSE(desk.left);  // Backspace erased; it did not leave
    desk.key(enter());
    desk.key(typed("4821"));
    const ui::TeacherAction saved = desk.key(enter());
    REQUIRE(saved.set_pin == std::optional<std::string>("4821"));
    CHECK(pinIsSet(desk.folder.path));
    CHECK(checkPin(desk.folder.path, "4821"));

    // Setting it opened the classes; Esc leaves and locks the view.
    CHECK(desk.shows("Class 7Б"));
    CHECK(desk.shows("Class 8A"));
    CHECK(desk.shows("Students: 3."));
    desk.key(esc());
    CHECK(desk.left);
    CHECK_FALSE(desk.model.unlocked);

    // Back in: the PIN is asked for; a wrong one is refused and said so.
    desk.left = false;
    CHECK(desk.shows("Enter your PIN to see the class results."));
    desk.key(typed("1234"));
    const ui::TeacherAction wrong = desk.key(enter());
    CHECK(wrong.check_pin == std::optional<std::string>("1234"));
    CHECK_FALSE(desk.model.unlocked);
    CHECK(desk.shows("That is not the PIN. Try again."));
    CHECK_FALSE(desk.shows("Class 7Б"));

    // The right one opens the classes; Enter on 7Б (the first) opens the class.
    desk.unlock("4821");
    CHECK(desk.shows("Choose a class: Up/Down and Enter, or its number."));
    CHECK(desk.state.page == ui::TeacherPage::Classes);
    desk.key(enter());
    REQUIRE(desk.state.page == ui::TeacherPage::Class);
    desk.look(log);
    CHECK(drew(log, "Class 7Б"));
    CHECK(drew(log, "Students: 3."));
    CHECK(drew(log, "Safe decisions per tip"));
    CHECK(drew(log, "Codes and passwords"));
    CHECK(drew(log, "67%"));  // codes: 6 of 9
    CHECK(drew(log, "Weakest tips: Links, Codes and passwords."));

    // Page by page to the end: the quiz, the moment to discuss with its choice, the students.
    std::string all, aigul_row;
    for (int page = 0; page < 8; ++page) {
        desk.look(log);
        for (const ui::DrawnText& t : log.texts) {
            all += t.text + "\n";
            if (t.text == "Айгүл")  // the next text on her row is the scenarios finished of started
                for (const ui::DrawnText& u : log.texts)
                    if (u.rect.min.y == t.rect.min.y && u.rect.min.x > t.rect.max.x && aigul_row.empty())
                        aigul_row = u.text;
        }
        desk.key(pageDown());
    }
    const std::string tell_code = desk.choices.at(choiceKey("code_1414", "courier_call", "tell_code"));
    CHECK(all.find("Discernment before and after") != std::string::npos);
    CHECK(all.find("Quiz, students who took both forms: 2.") != std::string::npos);
    CHECK(all.find("Discernment before: +25, after: +75") != std::string::npos);
    CHECK(all.find("+25") != std::string::npos);
    CHECK(all.find("Moments to discuss") != std::string::npos);
    CHECK(all.find(desk.titles.at("code_1414")) != std::string::npos);
    CHECK(all.find("2 of 3 decisions risky or harmful (67%)") != std::string::npos);
    CHECK(all.find("most often: \"" + tell_code.substr(0, 12)) != std::string::npos);
    CHECK(all.find("Айгүл") != std::string::npos);
    CHECK(all.find("Дәурен") != std::string::npos);
    CHECK(all.find("Нұрлан") != std::string::npos);
    CHECK(aigul_row == "1 of 2");  // Айгүл: 1 scenario finished of 2 started

    // Esc: back to the classes, still unlocked; Down to 8A, Enter: 8A has no pairs yet.
    desk.key(esc());
    CHECK(desk.state.page == ui::TeacherPage::Classes);
    CHECK(desk.model.unlocked);
    desk.key(down());
    desk.key(enter());
    REQUIRE(desk.state.page == ui::TeacherPage::Class);
    CHECK(desk.shows("Class 8A"));
    std::string eight;
    for (int page = 0; page < 4; ++page) {
        desk.look(log);
        for (const ui::DrawnText& t : log.texts) eight += t.text + "\n";
        desk.key(pageDown());
    }
    CHECK(eight.find("Quiz, students who took both forms: 1.") != std::string::npos);  // Ольга did both
    CHECK(eight.find("none: no moment was got wrong by most of the class.") != std::string::npos);
}

TEST_CASE("teacher view: changing the PIN from the classes and a damaged PIN file asking for a new one") {
    Desk desk("en", reportFixture(), "change");
    std::string error;
    REQUIRE(setPin(desk.folder.path, "2468", &error));
    desk.model.pin_set = true;
    desk.unlock("2468");

    // Down past the two classes to "Change the PIN"; Esc on the new PIN goes back unchanged.
    desk.key(down());
    desk.key(down());
    desk.key(enter());
    CHECK(desk.state.page == ui::TeacherPage::NewPin);
    desk.key(esc());
    CHECK(desk.state.page == ui::TeacherPage::Classes);
    CHECK_FALSE(desk.left);
    desk.key(enter());
    desk.key(typed("13579"));
    desk.key(enter());
    desk.key(typed("13579"));
    REQUIRE(desk.key(enter()).set_pin == std::optional<std::string>("13579"));
    CHECK(desk.state.page == ui::TeacherPage::Classes);
    CHECK(checkPin(desk.folder.path, "13579"));
    CHECK_FALSE(checkPin(desk.folder.path, "2468"));

    // A damaged file: not set; the view asks for a new PIN and says why.
    desk.key(esc());
    { std::ofstream(pinFile(desk.folder.path), std::ios::trunc) << "1234\n"; }
    desk.model.pin_set = pinIsSet(desk.folder.path);
    desk.model.pin_damaged = pinStatus(desk.folder.path) == PinStatus::Damaged;
    CHECK_FALSE(desk.model.pin_set);
    CHECK(desk.shows("The saved PIN could not be read, so a new PIN is being set."));
    CHECK(desk.state.page == ui::TeacherPage::NewPin);
}

TEST_CASE("teacher view: 25 students page by whole rows with a cue naming what is hidden and 13 classes page too") {
    Desk desk("en", bigResults(), "big", platform::TextSize::XL);
    std::string error;
    REQUIRE(setPin(desk.folder.path, "1111", &error));
    desk.model.pin_set = true;
    desk.unlock("1111");
    ui::DrawLog log;

    // 13 classes: the list pages; Up from the first wraps to Back, Down reaches the last class.
    CHECK(desk.look(log, "teacher-classes-many-en-XL.png").empty());
    CHECK(drew(log, "More below (PgDn)"));
    int index = -1;
    for (std::size_t i = 0; i < desk.classes.size(); ++i)
        if (desk.classes[i].class_name == "9В") index = static_cast<int>(i);
    REQUIRE(index >= 0);
    for (int i = 0; i < index; ++i) desk.key(down());
    CHECK(desk.shows("Class 9В"));
    desk.key(enter());
    REQUIRE(desk.state.page == ui::TeacherPage::Class);

    // The first page: the cue names the sections below.
    std::vector<std::string> problems = desk.look(log, "teacher-class-25-p1-en-XL.png");
    CHECK_MESSAGE(problems.empty(), joined(problems));
    CHECK(drew(log, "More below (PgDn): "));
    CHECK(drew(log, "Per student"));  // named in the cue, or its heading

    // PgDn to the end: every student's row is seen once whole, none cut; the last page says more above.
    std::set<std::string> seen;
    int pages = 0;
    for (; pages < 30; ++pages) {
        problems = desk.look(log, pages == 2 ? "teacher-class-25-p3-en-XL.png" : "");
        CHECK_MESSAGE(problems.empty(), joined(problems));
        for (const ui::DrawnText& t : log.texts)
            if (t.text.rfind("Оқушы ", 0) == 0) seen.insert(t.text);
        if (!drew(log, "More below (PgDn)")) break;
        desk.key(pageDown());
    }
    desk.look(log, "teacher-class-25-last-en-XL.png");
    CHECK(drew(log, "Student"));  // the table's header, repeated above the last students
    CHECK(seen.size() == 25);
    CHECK(drew(log, "More above (PgUp)"));
    CHECK(pages >= 2);
    // PgUp all the way back shows the summary again; Up/Down move a row at a time.
    for (int i = 0; i <= pages; ++i) desk.key(pageUp());
    CHECK(desk.state.first_row == 0);
    desk.key(down());
    CHECK(desk.state.first_row == 1);
    desk.key(ui::ScreenInput{});
    const ClassReport* nine = findClass(desk.classes, "9В");
    REQUIRE(nine != nullptr);
    CHECK(nine->students.size() == 25);
    CHECK_FALSE(nine->moments.empty());
}

TEST_CASE("teacher view: every page in kk ru and en at M and XL with every letter in the font and nothing outside") {
    for (const char* lang : {"kk", "ru", "en"})
        for (const platform::TextSize size : {platform::TextSize::M, platform::TextSize::XL}) {
            const std::string tag = std::string(lang) + "-" + platform::textSizeName(size);
            INFO(tag);
            Desk desk(lang, reportFixture(), "langs-" + tag, size);
            ui::DrawLog log;
            std::vector<std::string> problems;
            auto check = [&](const std::string& name) {
                problems = desk.look(log, "teacher-" + name + "-" + tag + ".png");
                CHECK_MESSAGE(problems.empty(), name << ":" << joined(problems));
            };
            desk.model.pin_damaged = true;
            desk.key(typed("97"));
            check("new-pin");
            CHECK_FALSE(drewDigits(log));
            desk.model.pin_damaged = false;
            desk.key(typed("53"));
            desk.key(enter());
            desk.key(typed("975"));
            check("confirm-pin");
            desk.key(typed("3"));
            desk.key(enter());
            REQUIRE(desk.model.unlocked);
            check("classes");
            desk.key(esc());
            desk.key(typed("1111"));
            desk.key(enter());
            check("wrong-pin");
            CHECK_FALSE(drewDigits(log));
            desk.unlock("9753");
            desk.key(enter());
            REQUIRE(desk.state.page == ui::TeacherPage::Class);
            for (int page = 1; page <= 6; ++page) {
                check("class-p" + std::to_string(page));
                if (!drew(log, desk.ui.tr("More below (PgDn)"))) break;
                desk.key(pageDown());
            }
            if (std::string(lang) == "kk" && size == platform::TextSize::XL) {
                ui::theme::setHighContrast(true);
                desk.key(ui::ScreenInput{});
                for (int i = 0; i < 6; ++i) desk.key(pageUp());
                check("class-contrast");
                ui::theme::setHighContrast(false);
            }
        }
}

TEST_CASE("teacher's view in the shell: F9 from the menu asks the app to open it, Esc goes back where it was") {
    const UiText ui = loadUiText("en", SAQBOL_SOURCE_DIR, nullptr);
    platform::HeadlessOptions options;
    options.texts = ui::shellTexts(ui, {});
    std::string error;
    auto host = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);
    ui::ShellModel model;
    model.ui = &ui;
    ui::Shell shell;
    ui::ScreenInput f9;
    f9.teacher = true;
    const ui::Shell::Action asked = press(*host, shell, model, f9);
    CHECK(asked.open_teacher);
    CHECK(shell.screen() == ui::Screen::Menu);  // the app opens it, with the PIN's state
    ui::TeacherModel teacher;
    teacher.ui = &ui;
    teacher.pin_set = true;
    model.teacher = &teacher;
    shell.show(ui::Screen::Teacher);
    ui::DrawLog log;
    press(*host, shell, model, {}, &log);
    CHECK(shell.screen() == ui::Screen::Teacher);
    const ui::Shell::Action left = press(*host, shell, model, esc());
    CHECK(left.teacher.leave);
    CHECK(shell.screen() == ui::Screen::Menu);
}
