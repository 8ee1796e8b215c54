// SPDX-License-Identifier: MIT
// `saqbol screenshot [SCENARIO] [--choices 1,2] [--lang L] [--size WxH] [--text-size S|M|L|XL]
// [--screen menu|picker|settings|help|phone|debrief|quiz-form|quiz|quiz-result] [--form A|B]
// [--answers s,r] [--quiz FILE] [--votes 3,1/2,5 --phase bars] --out FILE.png` — renders one screen (for the phone and the
// debrief, one exact moment of a scenario; for the quiz, one item or the result after the
// answers given) with no window and no display
// (the platform's headless software renderer), as the window would show it. Letters the
// font lacks are reported, and so is text that runs outside its region. With --author (or an
// author-panel / author-error screen) it shows author mode as the window does (author_mode.h).
#include <fstream>
#include <iostream>
#include <sstream>

#include "author_mode.h"
#include "commands.h"
#include "game_setup.h"
#include "lesson_mode.h"
#include "results_store.h"
#include "platform/headless.h"
#include "paths.h"
#include "platform/ui_context.h"
#include "po_reader.h"
#include "course_files.h"
#include "quiz_setup.h"
#include "scenario_list.h"
#include "shell.h"
#include "teacher_desk.h"
#include "theme.h"

namespace saqbol {
namespace {

constexpr const char* kScreenshotHelp = R"(usage: saqbol screenshot [SCENARIO] --out FILE.png [--choices 1,3,2] [--lang kk|ru|en|xx]
                          [--size WxH] [--text-size S|M|L|XL] [--screen NAME] [--scenarios DIR]
                          [--data DIR] [--high-contrast] [--author] [--edited FILE]
                          [--form A|B] [--answers LIST] [--quiz FILE]
                          [--votes LIST --phase vote|bars|reveal|summary]
                          [--lesson LESSON [--class C] [--player NICK]] [--pin PIN [--class C]]

Renders one screen of the game window to a PNG, headless (no display needed), exactly as
the window shows it. For the phone and the debrief: the scenario (default code_1414)
after the choices given.

  --out FILE.png    where to write the picture (required)
  --choices LIST    choice numbers to play first, as `saqbol play --choices` counts them
  --lang L          language: kk (default), ru, en; xx is a pseudo-language for testing
  --size WxH        window size in pixels (default 1280x800)
  --text-size SIZE  S, M (default), L or XL
  --screen NAME     which screen: menu, picker (the scenarios found), settings, help,
                    phone (default) or debrief; the quiz's quiz-form (choose A or B),
                    quiz (the moment after the --answers given) or quiz-result (an
                    answer for every moment); in author mode also author-panel (F12)
                    and author-error (the errors of a save over the play); presenter
                    (presenter mode, driven by --votes); lesson (lesson mode: who is
                    playing, or with --player that student's plan); teacher (the
                    teacher's view: the PIN, or with --pin the classes, --class one)
  --form A|B        the quiz's form (default A)
  --answers LIST    the quiz's calls in order: s (or 1) a scam, r (or 2) real, e.g. s,r,r
  --quiz FILE       another item bank instead of the shipped scenarios/quiz/quiz.lua
  --votes LIST      presenter mode: the room's hands per choice, typed as a facilitator
                    would, moments split by '/': 3,12,5/20,1 (each moment but the last
                    is voted, followed and revealed; a moment with one choice is gone
                    past with Enter and takes no group)
  --phase PHASE     presenter mode: where the last moment stops: vote (hands typed),
                    bars (default), reveal, or summary (after an ending)
  --lesson LESSON   lesson mode: a shipped lesson's id or a lesson file; --class C as the
                    teacher fixed it, --player NICK signs a student in (the plan shows
                    what the results store of the data folder has for them; a new
                    student is added to it, as in the window)
  --pin PIN         the teacher's view: type PIN (set it, when the data folder has none)
                    and show the classes of its results; --class C shows class C
  --author          author mode (saqbol --author): the AUTHOR badge over the phone
  --edited FILE     author mode: after the choices, reload as if SCENARIO had been saved
                    with FILE's text (e.g. a broken version, for --screen author-error)
  --scenarios DIR   also look for scenarios in DIR (ids, and cards on the picker): a
                    folder, a pack folder or a pack .zip
  --data DIR        the data folder instead of the user's: the picker also lists
                    DIR/scenarios, and .zip packs are unpacked in DIR/packs
  --high-contrast   the high-contrast colours

Exit codes: 0 written, 1 the scenario, the choices, the quiz or its answers have
problems or the file could not be written, 2 usage.
)";

bool parseSize(const std::string& text, int* width, int* height) {
    const auto x = text.find('x');
    if (x == std::string::npos || x == 0 || x + 1 >= text.size() || text.size() > 11) return false;
    const std::string w = text.substr(0, x), h = text.substr(x + 1);
    if (w.find_first_not_of("0123456789") != std::string::npos || h.find_first_not_of("0123456789") != std::string::npos)
        return false;
    *width = std::stoi(w);
    *height = std::stoi(h);
    return *width >= 320 && *width <= 8192 && *height >= 240 && *height <= 8192;
}

// Checks a frame as a player's eye would and says what is wrong on stderr (warnings).
void warnAbout(platform::Headless& host, const ui::DrawLog& log) {
    for (const ui::DrawnText& text : log.texts) {
        if (const auto missing = host.ui().missingGlyphs(text.text); !missing.empty())
            std::cerr << "saqbol screenshot: warning: the font lacks " << platform::describeCodepoints(missing) << " in \""
                      << text.text << "\"\n";
        if (!text.region.contains(text.rect))
            std::cerr << "saqbol screenshot: warning: \"" << text.text << "\" runs outside the " << text.region_name << "\n";
    }
}

// A headless host whose font atlas has the shell's words in `words` and the `more` a screen
// draws; null (said on stderr) when it cannot be made.
std::unique_ptr<platform::Headless> hostFor(platform::HeadlessOptions options, const UiText& words,
                                            const std::vector<std::string>& more) {
    options.texts = ui::shellTexts(words, {});
    options.texts.insert(options.texts.end(), more.begin(), more.end());
    std::string error;
    std::unique_ptr<platform::Headless> host = platform::Headless::create(options, &error);
    if (!host) std::cerr << "saqbol screenshot: " << error << "\n";
    return host;
}

// The shell's model for a screenshot: the UI's words, the language, text size and contrast.
ui::ShellModel modelFor(const UiText& words, const std::string& lang, const platform::HeadlessOptions& options) {
    ui::ShellModel model;
    model.ui = &words;
    model.settings.lang = isKnownLanguage(lang) && lang != "xx" ? lang : "en";
    model.settings.text_size = static_cast<int>(options.textSize);
    model.settings.high_contrast = ui::theme::highContrast();
    return model;
}

// Draws `shell` until it settles and writes the PNG; false (said on stderr) when it cannot
// be written. `log` keeps the last frame's record.
bool capture(platform::Headless& host, ui::Shell& shell, const ui::ShellModel& model, const std::string& out,
             ui::DrawLog& log) {
    host.renderFrames(2, [&] {
        log = {};
        shell.draw(model, {}, &log);
    });
    std::string error;
    if (host.savePng(out, &error)) return true;
    std::cerr << "saqbol screenshot: " << error << "\n";
    return false;
}

// Author mode, as `saqbol --author` shows it: the badge over the phone or the debrief, the
// panel (F12), or the errors of a save over the play.
int authorScreenshot(const std::string& scenario, const std::vector<std::filesystem::path>& scenario_dirs,
                     const std::string& lang, const std::vector<int>& choices, const std::string& edited, ui::Screen screen,
                     bool panel, bool errors, platform::HeadlessOptions options, const std::string& out) {
    const auto file = resolveScenario(scenario, scenario_dirs);
    if (!file) return usageError("screenshot", "no scenario file or shipped scenario id '" + scenario + "'");
    AuthorMode author(*file, lang, dataRoot());
    if (author.session().ready()) {
        for (std::size_t i = 0; i < choices.size(); ++i) {
            const auto shown = author.session().session().shownChoices();
            if (author.session().session().ended() || choices[i] < 1 || static_cast<std::size_t>(choices[i]) > shown.size()) {
                std::cerr << "saqbol screenshot: choice " << choices[i] << " (number " << i + 1 << " in the list) at node '"
                          << author.session().session().node().id << "' is not shown\n";
                return 1;
            }
            author.session().choose(shown[static_cast<std::size_t>(choices[i] - 1)]->id);
        }
    }
    if (!edited.empty()) {
        std::ifstream in(edited, std::ios::binary);
        if (!in) {
            std::cerr << "saqbol screenshot: cannot read " << edited << "\n";
            return 1;
        }
        std::stringstream text;
        text << in.rdbuf();
        author.session().reloadWith(text.str());
    }
    if (errors && author.session().errors().empty()) {
        std::cerr << "saqbol screenshot: " << file->string()
                  << " loads without errors; to show a broken save, add --edited FILE with the broken text\n";
        return 1;
    }
    if (panel && !author.session().ready()) {
        std::cerr << "saqbol screenshot: " << file->string() << " has errors, so there is no play for the panel\n";
        return 1;
    }
    const UiText words = loadUiText(lang, dataRoot(), nullptr);
    options.texts = ui::shellTexts(words, {});
    const std::vector<std::string> more = author.texts(words);
    options.texts.insert(options.texts.end(), more.begin(), more.end());
    std::string error;
    std::unique_ptr<platform::Headless> host = platform::Headless::create(options, &error);
    if (!host) {
        std::cerr << "saqbol screenshot: " << error << "\n";
        return 1;
    }
    ui::ShellModel model;
    model.ui = &words;
    model.settings.lang = lang != "xx" ? lang : "en";
    model.settings.text_size = static_cast<int>(options.textSize);
    ui::Shell shell;
    shell.show(screen);
    ui::DrawLog log;
    bool first = true;
    host->renderFrames(2, [&] {
        log = {};
        author.frame(shell, model, {}, first && panel, &log);
        first = false;
    });
    if (!host->savePng(out, &error)) {
        std::cerr << "saqbol screenshot: " << error << "\n";
        return 1;
    }
    const std::string what = panel ? "author-panel" : errors ? "author-error" : std::string("author ") + nameOf(screen);
    std::cout << "wrote " << out << " (" << host->pixelWidth() << "x" << host->pixelHeight() << " px, " << what
              << (author.session().ready() ? " at node '" + author.session().session().node().id + "'" : std::string())
              << ")\n";
    warnAbout(*host, log);
    return 0;
}

bool isQuizScreen(ui::Screen screen) {
    return screen == ui::Screen::QuizForm || screen == ui::Screen::Quiz || screen == ui::Screen::QuizResult;
}

// The quiz's screens, as the window shows them after the calls given: the form choice, the
// moment reached, or the result once every moment is called.
int quizScreenshot(const std::filesystem::path& file, char form, const std::vector<QuizCall>& calls, ui::Screen screen,
                   const std::string& lang, platform::HeadlessOptions options, const std::string& out) {
    const UiText words = loadUiText(lang, dataRoot(), nullptr);
    auto report = [](const Problem& p) { std::cerr << formatProblem(p) << "\n"; };
    std::unique_ptr<LoadedQuiz> quiz = loadQuiz(file, lang, words, report);
    if (screen != ui::Screen::QuizForm) {
        if (quiz->quiz() == nullptr) {
            std::cerr << "saqbol screenshot: " << file.string() << " cannot be used (see above)\n";
            return 1;
        }
        ui::QuizAction start;
        start.start = form;
        applyQuizAction(*quiz, start);
        const std::size_t moments = quiz->run->items().size();
        if (screen == ui::Screen::QuizResult && calls.size() != moments) {
            std::cerr << "saqbol screenshot: quiz-result needs a call for each of the " << moments << " moments of form "
                      << form << " (--answers s,r,...); " << calls.size() << " given\n";
            return 1;
        }
        if (screen == ui::Screen::Quiz && calls.size() >= moments) {
            std::cerr << "saqbol screenshot: form " << form << " has " << moments
                      << " moments, so the answers leave none to show; give fewer, or use --screen quiz-result\n";
            return 1;
        }
        for (QuizCall call : calls) {
            ui::QuizAction answer;
            answer.answer = call;
            applyQuizAction(*quiz, answer);
        }
    }
    std::unique_ptr<platform::Headless> host = hostFor(options, words, quiz->texts());
    if (!host) return 1;
    const ui::QuizModel quiz_model = quiz->model();
    ui::ShellModel model = modelFor(words, lang, options);
    model.quiz = &quiz_model;
    ui::Shell shell;
    shell.show(screen);
    ui::DrawLog log;
    if (!capture(*host, shell, model, out, log)) return 1;
    std::cout << "wrote " << out << " (" << host->pixelWidth() << "x" << host->pixelHeight() << " px, " << nameOf(screen);
    if (quiz->run && !quiz->run->finished())
        std::cout << " at moment " << quiz->run->current() + 1 << " of " << quiz->run->items().size() << " of form " << form
                  << ", item '" << quiz->run->item().id << "'";
    else if (quiz->run)
        std::cout << " of form " << form << ": " << quiz->run->score().correct() << " of " << quiz->run->items().size()
                  << " right";
    std::cout << ")\n";
    warnAbout(*host, log);
    return 0;
}

// The room's hands per moment for --screen presenter: "3,12,5/20,1" is two moments.
std::optional<std::vector<std::vector<int>>> parseVotes(const std::string& text) {
    std::vector<std::vector<int>> moments;
    std::stringstream groups(text);
    std::string group;
    while (std::getline(groups, group, '/')) {
        std::vector<int> hands;
        std::stringstream items(group);
        std::string item;
        while (std::getline(items, item, ',')) {
            if (item.empty() || item.size() > 3 || item.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
            hands.push_back(std::stoi(item));
        }
        if (hands.empty()) return std::nullopt;
        moments.push_back(hands);
    }
    if (moments.empty()) return std::nullopt;
    return moments;
}

// Presenter mode as a facilitator drives it, key by key: per moment of `votes` the hands
// typed for each choice, then Enter (the bars), Enter (the room's choice, revealed) and
// Enter (the next moment); the last moment stops at `phase`.
int presenterScreenshot(LoadedGame& game, Session& session, const std::vector<std::vector<int>>& votes,
                        const std::string& phase, const std::string& lang, platform::HeadlessOptions options,
                        const std::string& out) {
    const UiText words = loadUiText(lang, dataRoot(), nullptr);
    std::unique_ptr<platform::Headless> host = hostFor(options, words, ui::presenterTexts(*game.words));
    if (!host) return 1;
    ui::ShellModel model = modelFor(words, lang, options);
    model.presenter = true;
    model.session = &session;
    model.words = game.words.get();
    ui::Shell shell;
    shell.show(ui::Screen::Presenter);
    const auto press = [&](const ui::ScreenInput& input) {
        host->renderFrames(1, [&] {
            const ui::Shell::Action action = shell.draw(model, input);
            if (action.choice) session.choose(*action.choice);
        });
    };
    ui::ScreenInput enter;
    enter.enter = true;
    // A moment with one way on has nothing to vote on: Enter goes on (no group of --votes).
    const auto onwards = [&] {
        while (!session.ended() && session.shownChoices().size() == 1) press(enter);
    };
    for (std::size_t k = 0; k < votes.size(); ++k) {
        onwards();
        if (session.ended()) {
            std::cerr << "saqbol screenshot: the story ended after " << k << " moments; --votes gives " << votes.size() << "\n";
            return 1;
        }
        if (votes[k].size() != session.shownChoices().size()) {
            std::cerr << "saqbol screenshot: moment " << k + 1 << " ('" << session.node().id << "') has "
                      << session.shownChoices().size() << " choices; --votes gives " << votes[k].size() << " counts\n";
            return 1;
        }
        for (std::size_t j = 0; j < votes[k].size(); ++j) {
            ui::ScreenInput typed;
            typed.down = j > 0;
            typed.dial = std::to_string(votes[k][j]);
            press(typed);
        }
        const bool last = k + 1 == votes.size();
        const int enters = !last ? 3 : phase == "vote" ? 0 : phase == "bars" ? 1 : phase == "reveal" ? 2 : 3;
        for (int e = 0; e < enters; ++e) press(enter);
    }
    if (votes.empty() || phase == "summary") onwards();
    if (phase == "summary" && !session.ended()) {
        std::cerr << "saqbol screenshot: the summary comes at an ending; the votes end at '" << session.node().id << "'\n";
        return 1;
    }
    ui::DrawLog log;
    if (!capture(*host, shell, model, out, log)) return 1;
    int hands = 0;
    for (const RoomVote& vote : shell.presenter().room) hands += vote.total();
    std::cout << "wrote " << out << " (" << host->pixelWidth() << "x" << host->pixelHeight() << " px, presenter " << phase
              << " at node '" << session.node().id << "', " << shell.presenter().room.size() << " moments followed, "
              << hands << " hands)\n";
    warnAbout(*host, log);
    return 0;
}

// Lesson mode's screen: the sign-in, or with --player the plan of that student as the
// results store of the data folder has it.
int lessonScreenshot(const std::string& lesson_arg, const std::string& class_name, const std::string& player,
                     const std::vector<std::filesystem::path>& scenario_dirs, const std::string& lang,
                     platform::HeadlessOptions options, const std::string& out) {
    const std::filesystem::path as_given(lesson_arg), shipped = dataRoot() / "scenarios" / "lessons" / (lesson_arg + ".lua");
    std::error_code ec;
    std::string error;
    auto mode = LessonMode::open(std::filesystem::is_regular_file(as_given, ec) ? as_given : shipped, scenario_dirs,
                                 class_name, &error);
    if (!mode) {
        std::cerr << "saqbol screenshot: " << (error.empty() ? "no lesson '" + lesson_arg + "'" : error) << "\n";
        return 1;
    }
    const UiText words = loadUiText(lang, dataRoot(), nullptr);
    mode->setLanguage(lang, words);
    if (!player.empty()) {
        mode->signIn(class_name, player, utcNow());
        if (!mode->signedIn()) {
            std::cerr << "saqbol screenshot: --player: " << mode->model().notice << "\n";
            return 1;
        }
    }
    std::unique_ptr<platform::Headless> host = hostFor(options, words, ui::lessonTexts(words, mode->model()));
    if (!host) return 1;
    ui::ShellModel model = modelFor(words, lang, options);
    model.lesson_home = &mode->model();
    ui::Shell shell;
    shell.show(ui::Screen::Lesson);
    ui::DrawLog log;
    if (!capture(*host, shell, model, out, log)) return 1;
    std::cout << "wrote " << out << " (" << host->pixelWidth() << "x" << host->pixelHeight() << " px, lesson "
              << mode->lesson().id << (player.empty() ? ": who is playing" : ": the plan of " + mode->model().player) << ")\n";
    warnAbout(*host, log);
    return 0;
}

// The teacher's view as a teacher opens it: the PIN page, or with `pin` typed (set twice
// when none is set yet, as the view asks) the classes, or with `class_name` that class.
int teacherScreenshot(const std::string& pin, const std::optional<std::string>& class_name, const std::string& lang,
                      platform::HeadlessOptions options, const std::string& out) {
    const UiText words = loadUiText(lang, dataRoot(), nullptr);
    TeacherDesk desk;
    desk.open(lang, words);
    const bool new_pin = !desk.model().pin_set;
    // The atlas needs the class names and nicknames, which only an unlocked view reads: a
    // first desk unlocked quietly to learn them (the PIN is checked the same way).
    std::vector<std::string> texts = desk.texts();
    if (!pin.empty() && !new_pin) {
        TeacherDesk peek;
        peek.open(lang, words);
        ui::TeacherAction check;
        check.check_pin = pin;
        peek.apply(check);
        texts = peek.texts();
    } else if (!pin.empty()) {
        TeacherDesk peek;
        peek.open(lang, words);
        ui::TeacherAction set;
        set.set_pin = pin;
        peek.apply(set);
        texts = peek.texts();
        desk.open(lang, words);  // the PIN is set now: the view below asks for it
    }
    std::unique_ptr<platform::Headless> host = hostFor(options, words, texts);
    if (!host) return 1;
    ui::ShellModel model = modelFor(words, lang, options);
    ui::Shell shell;
    shell.show(ui::Screen::Teacher);
    const auto press = [&](const ui::ScreenInput& input) {
        model.teacher = &desk.model();
        host->renderFrames(1, [&] { desk.apply(shell.draw(model, input).teacher); });
    };
    if (!pin.empty()) {
        ui::ScreenInput typed;
        typed.dial = pin;
        ui::ScreenInput enter;
        enter.enter = true;
        press(typed);
        press(enter);
        if (!desk.model().unlocked) {
            std::cerr << "saqbol screenshot: --pin: not the PIN set in " << dataFolder().string() << "\n";
            return 1;
        }
        if (class_name) {
            const std::vector<ClassReport>* classes = desk.model().classes;
            int index = -1;
            for (std::size_t i = 0; classes != nullptr && i < classes->size(); ++i)
                if ((*classes)[i].class_name == *class_name) index = static_cast<int>(i);
            if (index < 0) {
                std::cerr << "saqbol screenshot: --class: no class '" << *class_name << "' in the results\n";
                return 1;
            }
            ui::ScreenInput down;
            down.down = true;
            for (int i = 0; i < index; ++i) press(down);
            press(enter);
        }
    }
    model.teacher = &desk.model();
    ui::DrawLog log;
    if (!capture(*host, shell, model, out, log)) return 1;
    std::cout << "wrote " << out << " (" << host->pixelWidth() << "x" << host->pixelHeight() << " px, teacher "
              << (pin.empty() ? (new_pin ? "set a PIN" : "the PIN") : class_name ? "class " + *class_name : std::string("classes"))
              << ")\n";
    warnAbout(*host, log);
    return 0;
}

}  // namespace

int runScreenshot(const Args& args) {
    std::string scenario = "code_1414";
    bool scenario_given = false;
    std::string lang = "kk";
    std::string out;
    std::vector<int> choices;
    platform::HeadlessOptions options;
    ui::Screen screen = ui::Screen::Phone;
    std::vector<std::filesystem::path> scenario_dirs;
    bool author = false, author_panel = false, author_error = false;
    std::string edited;
    char form = 'A';
    std::vector<QuizCall> calls;
    std::filesystem::path quiz_file = shippedQuizFile();
    bool quiz_options = false, choices_given = false;
    std::vector<std::vector<int>> votes;
    std::string phase = "bars";
    std::string lesson_arg, class_arg, player_arg, pin_arg;
    bool class_given = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            std::cout << kScreenshotHelp;
            return 0;
        } else if (a == "--out") {
            if (!has_value) return usageError("screenshot", "--out takes a file name, e.g. --out moment.png");
            out = args[++i];
        } else if (a == "--choices") {
            auto parsed = has_value ? parseChoiceList(args[i + 1]) : std::nullopt;
            if (!parsed) return usageError("screenshot", "--choices takes numbers separated by commas, e.g. --choices 2,1,3");
            choices = *parsed;
            choices_given = true;
            ++i;
        } else if (a == "--lang") {
            if (!has_value || !isKnownLanguage(args[i + 1])) return usageError("screenshot", "--lang takes one of: kk, ru, en, xx");
            lang = args[++i];
        } else if (a == "--size") {
            if (!has_value || !parseSize(args[i + 1], &options.width, &options.height))
                return usageError("screenshot", "--size takes WIDTHxHEIGHT in pixels, e.g. 1280x800 (320x240 at least)");
            ++i;
        } else if (a == "--text-size") {
            if (!has_value || !platform::parseTextSize(args[i + 1], &options.textSize))
                return usageError("screenshot", "--text-size takes one of: S, M, L, XL");
            ++i;
        } else if (a == "--screen" && has_value && (args[i + 1] == "author-panel" || args[i + 1] == "author-error")) {
            author = true;
            (args[++i] == "author-panel" ? author_panel : author_error) = true;
            screen = ui::Screen::Phone;
        } else if (a == "--author") {
            author = true;
        } else if (a == "--edited") {
            if (!has_value) return usageError("screenshot", "--edited takes the file whose text to load, e.g. --edited broken.lua");
            edited = args[++i];
        } else if (a == "--screen") {
            auto parsed = has_value ? ui::parseScreen(args[i + 1]) : std::nullopt;
            if (!parsed)
                return usageError("screenshot", "--screen takes one of: " + ui::screenNameList() + ", author-panel, author-error");
            screen = *parsed;
            ++i;
        } else if (a == "--form") {
            if (!has_value || (args[i + 1] != "A" && args[i + 1] != "B")) return usageError("screenshot", "--form takes A or B");
            form = args[++i][0];
            quiz_options = true;
        } else if (a == "--answers") {
            std::string bad;
            auto parsed = has_value ? parseQuizCalls(args[i + 1], &bad) : std::nullopt;
            if (!parsed)
                return usageError("screenshot", has_value ? "--answers: '" + bad + "' is neither s (a scam) nor r (real)"
                                                          : "--answers takes a list such as s,r,r,s");
            calls = *parsed;
            quiz_options = true;
            ++i;
        } else if (a == "--quiz") {
            if (!has_value) return usageError("screenshot", "--quiz takes a quiz file");
            quiz_file = args[++i];
            quiz_options = true;
        } else if (a == "--lesson" || a == "--class" || a == "--player" || a == "--pin") {
            if (!has_value) return usageError("screenshot", a + " takes a value");
            class_given = class_given || a == "--class";
            (a == "--lesson" ? lesson_arg : a == "--class" ? class_arg : a == "--player" ? player_arg : pin_arg) = args[++i];
        } else if (a == "--votes") {
            auto parsed = has_value ? parseVotes(args[i + 1]) : std::nullopt;
            if (!parsed)
                return usageError("screenshot", "--votes takes the hands per choice, moments split by '/', e.g. --votes 3,12,5/20,1");
            votes = *parsed;
            ++i;
        } else if (a == "--phase") {
            if (!has_value || (args[i + 1] != "vote" && args[i + 1] != "bars" && args[i + 1] != "reveal" && args[i + 1] != "summary"))
                return usageError("screenshot", "--phase takes one of: vote, bars, reveal, summary");
            phase = args[++i];
        } else if (a == "--high-contrast") {
            ui::theme::setHighContrast(true);
        } else if (a == "--scenarios") {
            if (!has_value) return usageError("screenshot", "--scenarios takes a folder");
            scenario_dirs.emplace_back(args[++i]);
        } else if (a == "--data") {
            if (!has_value) return usageError("screenshot", "--data takes a folder");
            useDataFolder(args[++i]);
        } else if (a.rfind("-", 0) == 0) {
            return usageError("screenshot", "unknown option '" + a + "'");
        } else if (!scenario_given) {
            scenario = a;
            scenario_given = true;
        } else {
            return usageError("screenshot", "one scenario at a time ('" + a + "' is extra)");
        }
    }
    if (out.empty()) return usageError("screenshot", "where to? add --out FILE.png");
    if (!edited.empty() && !author) return usageError("screenshot", "--edited is for author mode: add --author or --screen author-error");
    if (author && screen != ui::Screen::Phone && screen != ui::Screen::Debrief)
        return usageError("screenshot", "author mode shows the phone, the debrief, author-panel or author-error");
    if (isQuizScreen(screen)) {
        if (author || choices_given || scenario_given)
            return usageError("screenshot", "the quiz's screens take --form, --answers and --quiz, not a scenario, --choices or --author");
        return quizScreenshot(quiz_file, form, calls, screen, lang, options, out);
    }
    if (quiz_options) return usageError("screenshot", "--form, --answers and --quiz are for --screen quiz-form, quiz or quiz-result");
    if (screen == ui::Screen::Lesson) {
        if (lesson_arg.empty()) return usageError("screenshot", "--screen lesson needs --lesson LESSON (a shipped lesson's id or a file)");
        return lessonScreenshot(lesson_arg, class_arg, player_arg, scenario_dirs, lang, options, out);
    }
    if (screen == ui::Screen::Teacher) {
        if (!lesson_arg.empty() || !player_arg.empty()) return usageError("screenshot", "--screen teacher takes --pin and --class");
        if (class_given && pin_arg.empty()) return usageError("screenshot", "--class needs --pin: the view shows a class once unlocked");
        return teacherScreenshot(pin_arg, class_given ? std::optional<std::string>(class_arg) : std::nullopt, lang, options, out);
    }
    if (!pin_arg.empty()) return usageError("screenshot", "--pin is for --screen teacher");
    if (!lesson_arg.empty() || !class_arg.empty() || !player_arg.empty())
        return usageError("screenshot", "--lesson, --class and --player are for --screen lesson (--class also for teacher)");
    if (screen != ui::Screen::Presenter && !votes.empty())
        return usageError("screenshot", "--votes and --phase are for --screen presenter");
    if (screen == ui::Screen::Presenter) {
        if (author || choices_given) return usageError("screenshot", "presenter mode takes --votes and --phase, not --choices or --author");
        int exit_code = 0;
        std::unique_ptr<LoadedGame> game = loadGame(scenario, lang, scenario_dirs, "screenshot", &exit_code);
        if (!game) return exit_code;
        Session session(game->scenario(), game->hooks());
        return presenterScreenshot(*game, session, votes, votes.empty() ? "vote" : phase, lang, options, out);
    }
    if (author) return authorScreenshot(scenario, scenario_dirs, lang, choices, edited, screen, author_panel, author_error, options, out);

    // The phone and the debrief show a moment of a scenario; the other screens need none.
    const bool needs_game = screen == ui::Screen::Phone || screen == ui::Screen::Debrief;
    std::unique_ptr<LoadedGame> game;
    std::optional<Session> session;
    if (needs_game) {
        int exit_code = 0;
        game = loadGame(scenario, lang, scenario_dirs, "screenshot", &exit_code);
        if (!game) return exit_code;
        session.emplace(game->scenario(), game->hooks());
        if (auto problem = replayChoices(*session, choices)) {
            std::cerr << "saqbol screenshot: " << *problem << "\n";
            return 1;
        }
    }
    const UiText words = loadUiText(lang, dataRoot(), nullptr);
    std::vector<std::filesystem::path> dirs{dataRoot() / "scenarios"};
    dirs.insert(dirs.end(), scenario_dirs.begin(), scenario_dirs.end());
    const std::vector<ui::ScenarioCard> cards =
        screen == ui::Screen::Picker ? scenarioCards(findScenarios(dirs, dataFolder()), words) : std::vector<ui::ScenarioCard>{};

    options.texts = ui::shellTexts(words, cards);
    if (game) {
        const std::vector<std::string> more = ui::screenTexts(*game->words);
        options.texts.insert(options.texts.end(), more.begin(), more.end());
    }
    std::string error;
    std::unique_ptr<platform::Headless> host = platform::Headless::create(options, &error);
    if (!host) {
        std::cerr << "saqbol screenshot: " << error << "\n";
        return 1;
    }
    ui::ShellModel model;
    model.ui = &words;
    model.cards = &cards;
    model.settings.lang = isKnownLanguage(lang) && lang != "xx" ? lang : "en";
    model.settings.text_size = static_cast<int>(options.textSize);
    model.settings.high_contrast = ui::theme::highContrast();
    if (game) {
        model.session = &*session;
        model.words = game->words.get();
    }
    ui::Shell shell;
    shell.show(screen);
    ui::DrawLog log;
    host->renderFrames(2, [&] {
        log = {};
        shell.draw(model, {}, &log);
    });
    if (!host->savePng(out, &error)) {
        std::cerr << "saqbol screenshot: " << error << "\n";
        return 1;
    }
    std::cout << "wrote " << out << " (" << host->pixelWidth() << "x" << host->pixelHeight() << " px, " << nameOf(screen)
              << (session ? " at node '" + session->node().id + "'" : std::string()) << ")\n";
    warnAbout(*host, log);
    return 0;
}

}  // namespace saqbol
