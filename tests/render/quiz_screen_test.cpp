// SPDX-License-Identifier: MIT
// The quiz in the game window (ui/quiz_screen.h), through the real Shell and the app's own
// loading (quiz_setup.h), headless: a keyboard-only run from the menu through form A to the
// result, whose numbers are scoreQuiz's on the same calls; Back changes a call; F2 mid-quiz
// keeps the calls; every item of both forms drawn in kk, ru and en at M and XL with every
// letter in the font and every text inside its region; the result lists every cue, page by
// page. The bank is tests/data/quiz/quiz_small.lua, and the shipped scenarios/quiz/quiz.lua
// too once it exists. Pictures: build/tests/screens/quiz-*.png.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "platform/headless.h"
#include "platform/ui_context.h"
#include "po_reader.h"
#include "quiz_setup.h"
#include "shell_fixture.h"
#include "theme.h"

using namespace saqbol;
using namespace saqbol::test;
namespace fs = std::filesystem;

namespace {

const fs::path kSmallBank = SAQBOL_SOURCE_DIR "/tests/data/quiz/quiz_small.lua";
const fs::path kShippedBank = SAQBOL_SOURCE_DIR "/scenarios/quiz/quiz.lua";

// The banks to draw: the small test bank always, the shipped one once it is there.
std::vector<fs::path> banks() {
    std::vector<fs::path> out{kSmallBank};
    if (fs::exists(kShippedBank)) out.push_back(kShippedBank);
    return out;
}

// What the window holds for the quiz, and what it does with a screen's action (window_command.cpp).
struct QuizApp {
    QuizApp(const std::string& lang, fs::path bank = kSmallBank) : bank_file(std::move(bank)) {
        ui = loadUiText(lang, SAQBOL_SOURCE_DIR, nullptr);
        lang_ = lang;
    }
    void apply(const ui::QuizAction& action) {
        if (action.open && !quiz)
            quiz = loadQuiz(bank_file, lang_, ui,
                            [this](const Problem& p) { problems += formatProblem(p) + "\n"; });
        if (quiz) applyQuizAction(*quiz, action);
    }
    // The model for this frame (the quiz's part points into `quiz_model`).
    ui::ShellModel model() {
        ui::ShellModel m;
        m.ui = &ui;
        m.settings.lang = lang_;
        if (quiz) {
            quiz_model = quiz->model();
            m.quiz = &quiz_model;
        }
        return m;
    }
    std::vector<std::string> texts() const {
        std::vector<std::string> out = ui::shellTexts(ui, {});
        if (quiz) {
            const std::vector<std::string> more = quiz->texts();
            out.insert(out.end(), more.begin(), more.end());
        }
        return out;
    }

    fs::path bank_file;
    std::string lang_;
    UiText ui;
    std::unique_ptr<LoadedQuiz> quiz;
    ui::QuizModel quiz_model;
    std::string problems;
};

std::unique_ptr<platform::Headless> host(const std::vector<std::string>& texts,
                                         platform::TextSize size = platform::TextSize::M) {
    platform::HeadlessOptions options;
    options.textSize = size;
    options.texts = texts;
    std::string error;
    auto made = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(made != nullptr, error);
    return made;
}

// One frame of the shell with `input`; the app applies what it returned.
ui::Shell::Action step(platform::Headless& h, ui::Shell& shell, QuizApp& app, const ui::ScreenInput& input,
                       ui::DrawLog* log = nullptr) {
    const ui::ShellModel model = app.model();
    const ui::Shell::Action action = press(h, shell, model, input, log);
    app.apply(action.quiz);
    return action;
}

ui::ScreenInput tab() {
    ui::ScreenInput in;
    in.next = true;
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

// What a player's eye would object to in the last frame: a letter the font lacks, text
// outside its region, a region or a vertex outside the window, two texts on top of each
// other outside the phone (the phone's own screens are checked by screens_test).
std::vector<std::string> problemsIn(platform::Headless& h, const ui::DrawLog& log) {
    std::vector<std::string> out;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const ui::Rect window{ImVec2(0, 0), size};
    for (std::size_t i = 0; i < log.texts.size(); ++i) {
        const ui::DrawnText& t = log.texts[i];
        if (const auto missing = h.ui().missingGlyphs(t.text); !missing.empty())
            out.push_back("missing glyphs " + platform::describeCodepoints(missing) + " in \"" + t.text +
                          "\"");
        if (!t.region.contains(t.rect))
            out.push_back("\"" + t.text + "\" at " + describe(t.rect) + " runs outside the " + t.region_name +
                          " " + describe(t.region));
        if (t.region_name != "panel" && t.region_name != "page" && t.region_name != "result") continue;
        for (std::size_t j = i + 1; j < log.texts.size(); ++j)
            if (log.texts[j].region_name == t.region_name && overlap(t.rect, log.texts[j].rect))
                out.push_back("\"" + t.text + "\" and \"" + log.texts[j].text + "\" overlap at " +
                              describe(t.rect));
    }
    for (const auto& [name, region] : log.regions)
        if (!window.contains(region))
            out.push_back("the " + name + " " + describe(region) + " is outside the window");
    if (const ImDrawData* data = ImGui::GetDrawData())
        for (int l = 0; l < data->CmdListsCount; ++l)
            for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer)
                if (v.pos.x < -1 || v.pos.y < -1 || v.pos.x > size.x + 1 || v.pos.y > size.y + 1) {
                    out.push_back("a vertex at (" + std::to_string(v.pos.x) + "," + std::to_string(v.pos.y) +
                                  ") is outside the window");
                    return out;
                }
    return out;
}

// Draws `shell` once more with no key and checks the frame; keeps the picture as `png`.
std::vector<std::string> checkedFrame(platform::Headless& h, ui::Shell& shell, QuizApp& app,
                                      const std::string& png, ui::DrawLog* log) {
    step(h, shell, app, {}, log);
    h.ui().makeCurrent();
    std::vector<std::string> problems = problemsIn(h, *log);
    std::string error;
    if (!png.empty() && !h.savePng(outputDir() + "/" + png, &error)) problems.push_back("png: " + error);
    return problems;
}

// What the quiz screens return, built by hand (as the app receives them).
ui::QuizAction opening() {
    ui::QuizAction a;
    a.open = true;
    return a;
}
ui::QuizAction starting(char form) {
    ui::QuizAction a;
    a.start = form;
    return a;
}
ui::QuizAction answering(QuizCall call) {
    ui::QuizAction a;
    a.answer = call;
    return a;
}
ui::QuizAction leaving() {
    ui::QuizAction a;
    a.leave = true;
    return a;
}

// The calls used below: a scam on odd moments (1, 3, …), real on even ones.
QuizCall callFor(std::size_t index) { return index % 2 == 0 ? QuizCall::Scam : QuizCall::Real; }

int percentOf(double share) { return static_cast<int>(std::lround(share * 100)); }

}  // namespace

TEST_CASE("keyboard only: Quiz from the menu, form A, every moment called, and the result is scoreQuiz's") {
    QuizApp app("en");
    auto h = host(app.texts());
    ui::Shell shell;
    ui::DrawLog log;

    // The menu: Down from Play reaches Quiz, Enter opens the form choice with A preselected.
    step(*h, shell, app, down());
    const ui::Shell::Action opened = step(*h, shell, app, enter());
    CHECK(opened.quiz.open);
    REQUIRE(shell.screen() == ui::Screen::QuizForm);
    REQUIRE(app.quiz != nullptr);
    REQUIRE_MESSAGE(app.quiz->quiz() != nullptr, app.problems);
    // The fonts now need the bank's letters: what the window does after loading it.
    h = host(app.texts());
    step(*h, shell, app, {}, &log);
    CHECK(drew(log, "Form A — before a lesson"));
    CHECK(drew(log, "Form B — after a lesson"));
    CHECK(drew(log, "Form A is for before a lesson and form B for after it; no moment is in both."));
    const ui::Shell::Action started = step(*h, shell, app, enter());
    REQUIRE(started.quiz.start == std::optional<char>('A'));
    REQUIRE(app.quiz->run);
    CHECK(app.quiz->run->form() == 'A');

    const Quiz& quiz = *app.quiz->quiz();
    const std::vector<const QuizItem*> items = quiz.form('A');
    REQUIRE(items.size() >= 2);
    std::vector<QuizAnswer> expected;
    for (std::size_t i = 0; i < items.size(); ++i) {
        step(*h, shell, app, {}, &log);
        REQUIRE(shell.screen() == ui::Screen::Quiz);
        INFO("moment " << i + 1);
        CHECK(drew(log, "Moment " + std::to_string(i + 1) + " of " + std::to_string(items.size())));
        CHECK(drew(log, "A scam or real?"));
        CHECK(app.quiz->run->item().id == items[i]->id);
        const QuizCall call = callFor(i);
        if (i == 1) {
            // By focus: Tab walks the phone's controls, then "1 A scam", "2 Real", Back.
            const std::string wanted = call == QuizCall::Scam ? "quiz:scam" : "quiz:real";
            bool focused = false;
            for (int tabs = 0; tabs < 12 && !focused; ++tabs) {
                step(*h, shell, app, tab(), &log);
                step(*h, shell, app, {}, &log);
                focused =
                    log.focused >= 0 && log.controls[static_cast<std::size_t>(log.focused)].first == wanted;
            }
            REQUIRE(focused);
            CHECK(step(*h, shell, app, enter()).quiz.answer == call);
        } else {
            CHECK(step(*h, shell, app, key(call == QuizCall::Scam ? 1 : 2)).quiz.answer == call);
        }
        expected.push_back({items[i], call});
    }
    REQUIRE(app.quiz->run->finished());
    step(*h, shell, app, {}, &log);
    REQUIRE(shell.screen() == ui::Screen::QuizResult);

    const Discernment score = scoreQuiz(expected);
    const Discernment shown = app.quiz->run->score();
    CHECK(shown.correct() == score.correct());
    CHECK(shown.hits == score.hits);
    CHECK(shown.false_alarms == score.false_alarms);
    CHECK(shown.d_prime == doctest::Approx(score.d_prime));
    CHECK(drew(log,
               "Correct: " + std::to_string(score.correct()) + " of " + std::to_string(items.size()) + "."));
    CHECK(drew(log, "Scams you spotted: " + std::to_string(score.hits) + " of " +
                        std::to_string(score.scams) + "."));
    CHECK(drew(log, "Real moments you called scams: " + std::to_string(score.false_alarms) + " of " +
                        std::to_string(score.legit) + "."));
    CHECK(drew(log, "Discernment: " + std::to_string(percentOf(score.discernment)) + " (from -100 to 100;"));
    char d_prime[32];
    std::snprintf(d_prime, sizeof d_prime, "%.2f", score.d_prime);
    CHECK(drew(log, std::string("For the teacher: d′ = ") + d_prime + "."));
    CHECK(drew(log, "0 · guessing"));

    // Esc leaves the result for the menu; the run is dropped.
    const ui::Shell::Action left = step(*h, shell, app, esc());
    CHECK(left.quiz.leave);
    CHECK(shell.screen() == ui::Screen::Menu);
    CHECK_FALSE(app.quiz->run);
}

TEST_CASE("Back goes to the previous moment with its call marked, and a new call replaces it") {
    QuizApp app("en");
    app.apply(opening());
    REQUIRE(app.quiz->quiz() != nullptr);
    auto h = host(app.texts());
    ui::Shell shell;
    shell.show(ui::Screen::QuizForm);
    ui::DrawLog log;
    step(*h, shell, app, key(1));  // 1: form A at once
    REQUIRE(app.quiz->run);
    step(*h, shell, app, {}, &log);
    CHECK(drew(log, "Back to the forms (Esc)"));
    CHECK_FALSE(drew(log, "Your answer so far is marked"));
    step(*h, shell, app, key(1));  // moment 1: a scam
    step(*h, shell, app, {}, &log);
    CHECK(app.quiz->run->current() == 1);
    CHECK(drew(log, "Previous moment (Esc)"));

    const ui::Shell::Action back = step(*h, shell, app, esc());
    CHECK(back.quiz.back);
    step(*h, shell, app, {}, &log);
    CHECK(app.quiz->run->current() == 0);
    CHECK(drew(log, "Moment 1 of"));
    CHECK(drew(log, "Your answer so far is marked: press 1 or 2 to keep it or change it."));
    CHECK(app.quiz->run->call(0) == QuizCall::Scam);  // kept
    // The focus starts on the earlier call, so Enter keeps it...
    REQUIRE(log.focused >= 0);
    CHECK(log.controls[static_cast<std::size_t>(log.focused)].first == "quiz:scam");
    // ...and 2 changes it.
    step(*h, shell, app, key(2));
    CHECK(app.quiz->run->call(0) == QuizCall::Real);
    CHECK(app.quiz->run->current() == 1);

    // Esc twice: back to moment 1, then back to the form choice; the run is dropped.
    step(*h, shell, app, esc());
    const ui::Shell::Action to_forms = step(*h, shell, app, esc());
    CHECK(to_forms.quiz.leave);
    CHECK(shell.screen() == ui::Screen::QuizForm);
    CHECK_FALSE(app.quiz->run);
    step(*h, shell, app, esc());
    CHECK(shell.screen() == ui::Screen::Menu);
}

TEST_CASE("F2 mid-quiz: the moment and the calls stay, the words change language") {
    QuizApp app("kk");
    app.apply(opening());
    REQUIRE(app.quiz->quiz() != nullptr);
    app.apply(starting('B'));
    app.apply(answering(QuizCall::Scam));
    std::vector<std::string> texts = app.texts();
    ui::Shell shell;
    shell.show(ui::Screen::Quiz);
    ui::DrawLog log;
    {
        auto h = host(texts);
        step(*h, shell, app, {}, &log);
        CHECK(drew(log, "2/4 жағдай"));
    }
    // What the window does on F2: the UI's words and the bank's catalog in the next language.
    app.ui = loadUiText("ru", SAQBOL_SOURCE_DIR, nullptr);
    app.lang_ = "ru";
    setQuizLanguage(*app.quiz, "ru", nullptr);
    auto h = host(app.texts());
    step(*h, shell, app, {}, &log);
    CHECK(shell.screen() == ui::Screen::Quiz);
    CHECK(drew(log, "Ситуация 2 из 4"));
    CHECK(drew(log, "Новая государственная платформа"));  // the ad of moment 2, translated
    CHECK(app.quiz->run->call(0) == QuizCall::Scam);
}

namespace {

// Every moment of both forms of every bank, the form choice and the result, in `lang` at M
// and XL: whole, every letter in the font, inside their regions.
void drawEveryMoment(const char* lang) {
    for (const fs::path& bank : banks()) {
        QuizApp app(lang, bank);
        app.apply(opening());
        REQUIRE_MESSAGE(app.quiz->quiz() != nullptr, app.problems);
        const std::string stem = "quiz-" + bank.stem().string() + "-" + lang;
        for (const platform::TextSize size : {platform::TextSize::M, platform::TextSize::XL}) {
            const std::string sz = platform::textSizeName(size);
            auto h = host(app.texts(), size);
            ui::DrawLog log;
            ui::Shell shell;
            shell.show(ui::Screen::QuizForm);
            INFO(stem << " " << sz);
            const auto form_problems = checkedFrame(*h, shell, app, stem + "-form-" + sz + ".png", &log);
            CHECK_MESSAGE(form_problems.empty(), joined(form_problems));
            for (char form : {'A', 'B'}) {
                app.apply(starting(form));
                const std::size_t count = app.quiz->run->items().size();
                for (std::size_t i = 0; i < count; ++i) {
                    const QuizItem& item = app.quiz->run->item();
                    INFO("form " << std::string(1, form) << ", moment " << i + 1 << " '" << item.id << "'");
                    shell.show(ui::Screen::Quiz);
                    const std::string png = i == 0 && form == 'A' ? stem + "-item-" + sz + ".png" : "";
                    const auto problems = checkedFrame(*h, shell, app, png, &log);
                    CHECK_MESSAGE(problems.empty(), joined(problems));
                    // The newest words of the moment are on the phone, in this language (older
                    // lines of a long call scroll, as in a scenario).
                    for (auto e = item.events.rbegin(); e != item.events.rend(); ++e)
                        if (!e->text.empty() && e->kind != EventKind::Narrate) {
                            const std::string said = app.quiz->words->text(item.id, e->text, {});
                            CHECK_MESSAGE(drew(log, said.substr(0, std::min<std::size_t>(said.size(), 12))),
                                          said);
                            break;
                        }
                    app.apply(answering(callFor(i)));
                }
                REQUIRE(app.quiz->run->finished());
                shell.show(ui::Screen::QuizResult);
                const auto problems =
                    checkedFrame(*h, shell, app, form == 'A' ? stem + "-result-" + sz + ".png" : "", &log);
                CHECK_MESSAGE(problems.empty(), joined(problems));
                app.apply(leaving());
            }
        }
    }
}

}  // namespace

TEST_CASE("every moment of both forms, the form choice and the result draw whole in Kazakh at M and XL") {
    drawEveryMoment("kk");
}
TEST_CASE("every moment of both forms, the form choice and the result draw whole in Russian at M and XL") {
    drawEveryMoment("ru");
}
TEST_CASE("every moment of both forms, the form choice and the result draw whole in English at M and XL") {
    drawEveryMoment("en");
}

TEST_CASE("the result lists every moment's cue, page by page with PgDn, and PgUp comes back") {
    for (const fs::path& bank : banks()) {
        for (const char* lang : {"kk", "en"}) {
            for (const platform::TextSize size : {platform::TextSize::M, platform::TextSize::XL}) {
                QuizApp app(lang, bank);
                app.apply(opening());
                REQUIRE(app.quiz->quiz() != nullptr);
                app.apply(starting('A'));
                const std::vector<const QuizItem*> items = app.quiz->run->items();
                for (std::size_t i = 0; i < items.size(); ++i) app.apply(answering(callFor(i)));
                auto h = host(app.texts(), size);
                ui::Shell shell;
                shell.show(ui::Screen::QuizResult);
                INFO(bank.stem().string() << " " << lang << " " << platform::textSizeName(size));
                std::string seen;  // every text drawn on every page
                ui::DrawLog log;
                int pages = 0;
                for (; pages < 60; ++pages) {
                    const auto problems = checkedFrame(*h, shell, app, "", &log);
                    CHECK_MESSAGE(problems.empty(), joined(problems));
                    for (const ui::DrawnText& t : log.texts) seen += t.text + " ";
                    if (!drew(log, app.ui.tr("More below (PgDn)"))) break;
                    step(*h, shell, app, pageDown());
                }
                for (const QuizItem* item : items) {
                    const std::string cue = app.quiz->words->text(item->id, item->cue, {});
                    CHECK_MESSAGE(seen.find(cue) != std::string::npos,
                                  "no cue of '" << item->id << "': " << cue);
                }
                if (size == platform::TextSize::XL) CHECK(pages > 0);  // a long list pages at XL
                // PgUp walks back to the first page, where the counts are.
                for (int back = 0; back <= pages; ++back) step(*h, shell, app, pageUp());
                step(*h, shell, app, {}, &log);
                CHECK(drew(log,
                           app.ui.tr("Correct: %s of %s.", std::to_string(app.quiz->run->score().correct()),
                                     std::to_string(items.size()))));
            }
        }
    }
}

TEST_CASE("the result in high contrast: the same words, still whole") {
    QuizApp app("ru");
    app.apply(opening());
    REQUIRE(app.quiz->quiz() != nullptr);
    app.apply(starting('B'));
    for (QuizCall call : {QuizCall::Scam, QuizCall::Scam, QuizCall::Real, QuizCall::Scam})
        app.apply(answering(call));
    REQUIRE(app.quiz->run->finished());
    ui::theme::setHighContrast(true);
    auto h = host(app.texts(), platform::TextSize::L);
    ui::Shell shell;
    shell.show(ui::Screen::QuizResult);
    ui::DrawLog log;
    const auto problems = checkedFrame(*h, shell, app, "quiz-result-ru-L-contrast.png", &log);
    ui::theme::setHighContrast(false);
    CHECK_MESSAGE(problems.empty(), joined(problems));
    // Form B: two scams, then two real moments; the last real one was called a scam.
    CHECK(drew(log, "Верно: 3 из 4."));
    CHECK(drew(log, "Различение: 50 "));
}

TEST_CASE("a quiz file that cannot be used: the form choice says why, and offers only Back") {
    QuizApp app("en", SAQBOL_SOURCE_DIR "/tests/data/broken.lua");
    app.apply(opening());
    REQUIRE(app.quiz != nullptr);
    CHECK(app.quiz->quiz() == nullptr);
    CHECK(app.quiz->error.find("broken.lua") != std::string::npos);
    auto h = host(app.texts());
    ui::Shell shell;
    shell.show(ui::Screen::QuizForm);
    ui::DrawLog log;
    const auto problems = checkedFrame(*h, shell, app, "quiz-form-error-en.png", &log);
    CHECK_MESSAGE(problems.empty(), joined(problems));
    CHECK(drew(log, "The quiz could not be loaded:"));
    CHECK_FALSE(drew(log, "Form A — before a lesson"));
    step(*h, shell, app, key(1));  // no form to start
    CHECK(shell.screen() == ui::Screen::QuizForm);
    CHECK_FALSE(app.quiz->run);
    step(*h, shell, app, enter());  // Back is the only control
    CHECK(shell.screen() == ui::Screen::Menu);
}
