// SPDX-License-Identifier: MIT
// `saqbol [--lang L] [--text-size S|M|L|XL] [--scenarios DIR] [--data DIR]` — the game
// window: the start menu, the scenario picker (the shipped scenarios and any --scenarios
// DIR), the phone and the debrief, settings and help (ui/shell.h). The window draws only
// when something happens (platform EventLoop). Settings are read from and kept in the
// user's data folder; F2 switches the language at any moment; the phone rings and pings
// as the story arrives at calls and messages. With no display it says so and plays in the
// terminal instead.
#include <iostream>
#include <optional>

#include "commands.h"
#include "game_setup.h"
#include "paths.h"
#include "platform/audio.h"
#include "platform/data_dir.h"
#include "platform/ui_context.h"
#include "platform/window.h"
#include "po_reader.h"
#include "scenario_list.h"
#include "settings_file.h"
#include "shell.h"
#include "sound_cues.h"
#include "theme.h"

namespace saqbol {
namespace {

constexpr const char* kDefaultScenario = "code_1414";

constexpr const char* kWindowHelp = R"(usage: saqbol [--lang kk|ru|en|xx] [--text-size S|M|L|XL] [--scenarios DIR] [--data DIR]

Opens the game window: the start menu, then a scenario picker. Everywhere Up/Down (or Tab)
move the highlight, Enter activates, Esc goes back, and the mouse works too. On the phone
the number keys 1-9 pick a choice (by key position, whatever the keyboard layout);
PageUp/PageDown (or the mouse wheel over them) scroll the call's subtitles and the story
when they do not fit ("More below" shows then). After
an ending: Enter opens the debrief; there 1 plays again, 2 shows where to get help, Esc
goes back to the scenarios. F2 switches the language (kk, ru, en) at any moment; F11
switches full screen. With no display, plays code_1414 in the terminal instead.

  --lang L          language: kk (default), ru, en; xx is a pseudo-language for testing
  --text-size SIZE  S, M (default), L or XL (XL for projecting in a workshop)
  --scenarios DIR   also offer the scenarios in DIR (may be given more than once)
  --data DIR        keep settings in DIR instead of the user's data folder

Settings (text size, language, sound, high contrast) are kept in settings.txt in the data
folder; --lang and --text-size override them for this run.

Exit codes: 0 closed, 2 usage.
)";

ui::ScreenInput inputFrom(const std::vector<platform::GameKey>& keys) {
    using platform::GameKey;
    ui::ScreenInput input;
    for (GameKey key : keys) {
        if (const int digit = platform::digitOf(key); digit > 0) input.digit = digit;
        if (const int digit = platform::digitOf(key); digit > 0) input.dial += static_cast<char>('0' + digit);
        if (key == GameKey::Digit0) input.dial += '0';
        if (key == GameKey::Plus) input.dial += '+';
        if (key == GameKey::Enter) input.enter = true;
        if (key == GameKey::Escape || key == GameKey::Backspace) input.back = true;
        if (key == GameKey::Backspace) input.erase = true;
        if (key == GameKey::Up) input.up = true;
        if (key == GameKey::Down) input.down = true;
        if (key == GameKey::Left) input.left = true;
        if (key == GameKey::Right) input.right = true;
        if (key == GameKey::Tab) input.next = true;
        if (key == GameKey::BackTab) input.previous = true;
        if (key == GameKey::PageUp) input.page_up = true;
        if (key == GameKey::PageDown) input.page_down = true;
    }
    return input;
}

// What the window holds between frames: the settings, the scenarios, the game being
// played, and the sound. Applies what the screens return.
class WindowGame {
public:
    WindowGame(platform::Window& window, std::filesystem::path settings_file, ui::Settings settings, std::string notice,
               std::vector<std::filesystem::path> dirs)
        : window_(window), settings_file_(std::move(settings_file)), settings_(std::move(settings)),
          notice_(std::move(notice)), found_(findScenarios(dirs)) {
        ui::theme::setHighContrast(settings_.high_contrast);
        audio_.open();
        audio_.setMuted(!settings_.sound);
        setLanguage(settings_.lang);
    }

    void frame(platform::EventLoop& loop) {
        ui::ScreenInput input = readKeys(window_.takeKeys());
        bool changed = false;
        if (f2_) {
            ui::Settings next = settings_;
            next.lang = ui::nextLanguage(settings_.lang);
            apply(next);
            changed = true;
        }
        if (shell_.typing()) {  // the nickname field takes digits and Backspace as letters
            input.digit = 0;
            input.dial.clear();
            if (input.erase) input.back = false;
            input.erase = false;
        }
        ui::ShellModel model;
        model.ui = &ui_;
        model.cards = &cards_;
        model.settings = settings_;
        model.notice = notice_;
        if (session_) {
            model.session = &*session_;
            model.words = game_->words.get();
        }
        const ui::Shell::Action action = shell_.draw(model, input);
        if (action.apply) apply(*action.apply);
        if (action.play) start(*action.play);
        if (action.choice && session_) {
            session_->choose(*action.choice);
            cue();
        }
        if (action.play_again && game_) {
            session_.emplace(game_->scenario(), game_->hooks());
            cue();
        }
        if (action.leave) audio_.stopAll();
        if (action.quit) loop.quit();
        if (action.changed || changed) loop.requestRedraw();  // the new state shows at once, then the loop idles
    }

private:
    ui::ScreenInput readKeys(const std::vector<platform::GameKey>& keys) {
        f2_ = false;
        for (platform::GameKey key : keys)
            if (key == platform::GameKey::F2) f2_ = true;
        return inputFrom(keys);
    }

    // The UI's words, the cards and the game in `lang`; the font atlas from their letters.
    void setLanguage(const std::string& lang) {
        auto report = [](const Problem& p) { std::cerr << formatProblem(p) << "\n"; };
        ui_ = loadUiText(lang, dataRoot(), report);
        cards_ = scenarioCards(found_, ui_);
        if (game_) saqbol::setLanguage(*game_, lang);
        updateFonts();
    }

    void updateFonts() {
        std::vector<std::string> texts = ui::shellTexts(ui_, cards_);
        if (game_) {
            const std::vector<std::string> more = ui::screenTexts(*game_->words);
            texts.insert(texts.end(), more.begin(), more.end());
        }
        window_.ui().setTexts(std::move(texts));
    }

    void apply(const ui::Settings& next) {
        const ui::Settings before = settings_;
        settings_ = next;
        if (next.lang != before.lang) setLanguage(next.lang);
        if (next.text_size != before.text_size) window_.ui().setTextSize(static_cast<platform::TextSize>(next.text_size));
        if (next.high_contrast != before.high_contrast) ui::theme::setHighContrast(next.high_contrast);
        if (next.sound != before.sound) audio_.setMuted(!next.sound);
        std::string error;
        if (settings_file_.empty()) return;  // no data folder: nothing is kept (said at start)
        if (writeSettings(settings_file_, settings_, &error)) {
            notice_.clear();
        } else {
            std::cerr << "saqbol: the settings could not be kept: " << error << "\n";
            notice_ = ui_.tr("The settings could not be saved; they apply until the game is closed.");
        }
    }

    void start(std::size_t card) {
        if (card >= cards_.size()) return;
        int exit_code = 0;
        session_.reset();
        game_ = loadGame(cards_[card].file, settings_.lang, {}, "window", &exit_code);
        if (!game_) {
            shell_.show(ui::Screen::Picker);
            return;
        }
        session_.emplace(game_->scenario(), game_->hooks());
        updateFonts();
        cue();
    }

    // The sound of the moment just reached: a call rings until the moment passes.
    void cue() {
        audio_.stop(platform::Sound::Ring);
        switch (soundCueOf(*session_)) {
            case SoundCue::Ring: audio_.play(platform::Sound::Ring, 3); break;
            case SoundCue::Ping: audio_.play(platform::Sound::Ping); break;
            case SoundCue::None: break;
        }
    }

    platform::Window& window_;
    std::filesystem::path settings_file_;
    ui::Settings settings_;
    std::string notice_;
    std::vector<FoundScenario> found_;
    UiText ui_;
    std::vector<ui::ScenarioCard> cards_;
    std::unique_ptr<LoadedGame> game_;
    std::optional<Session> session_;
    ui::Shell shell_;
    platform::Audio audio_;
    bool f2_ = false;
};

}  // namespace

int runWindow(const Args& args) {
    std::optional<std::string> lang;
    std::optional<platform::TextSize> text_size;
    std::vector<std::filesystem::path> dirs{dataRoot() / "scenarios"};
    std::filesystem::path data_dir;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            std::cout << kWindowHelp;
            return 0;
        } else if (a == "--lang") {
            if (!has_value || !isKnownLanguage(args[i + 1])) return usageError("window", "--lang takes one of: kk, ru, en, xx");
            lang = args[++i];
        } else if (a == "--text-size") {
            platform::TextSize size = platform::TextSize::M;
            if (!has_value || !platform::parseTextSize(args[i + 1], &size))
                return usageError("window", "--text-size takes one of: S, M, L, XL");
            text_size = size;
            ++i;
        } else if (a == "--scenarios") {
            if (!has_value) return usageError("window", "--scenarios takes a folder");
            dirs.emplace_back(args[++i]);
        } else if (a == "--data") {
            if (!has_value) return usageError("window", "--data takes a folder");
            data_dir = args[++i];
        } else {
            return usageError("window", "unknown option '" + a + "'");
        }
    }

    // The saved settings; the command line wins for this run.
    std::string error;
    if (data_dir.empty()) data_dir = platform::userDataDir(&error);
    if (data_dir.empty()) std::cerr << "saqbol: no data folder (" << error << "); settings are not kept\n";
    const std::filesystem::path file = data_dir.empty() ? std::filesystem::path() : settingsFile(data_dir);
    const SettingsRead read = file.empty() ? SettingsRead{} : readSettings(file);
    ui::Settings settings = read.settings;
    if (!read.detail.empty()) std::cerr << "saqbol: " << read.detail << "; using the default settings\n";
    if (lang) settings.lang = *lang;
    if (text_size) settings.text_size = static_cast<int>(*text_size);
    const UiText words = loadUiText(settings.lang, dataRoot(), nullptr);
    std::string notice;
    if (read.status == SettingsRead::Status::Damaged || read.status == SettingsRead::Status::Unreadable)
        notice = words.tr("The saved settings could not be read, so the defaults are used.");

    platform::WindowOptions options;
    options.title = "SaqBol — Сақ бол!";
    options.textSize = static_cast<platform::TextSize>(settings.text_size);
    std::unique_ptr<platform::Window> window = platform::Window::open(options, &error);
    if (!window) {
        std::cout << "The game window needs a display (" << error << ").\n"
                  << "Playing " << kDefaultScenario << " in the terminal instead; next time run: saqbol play "
                  << kDefaultScenario << " --lang " << settings.lang << "\n";
        return runPlay({kDefaultScenario, "--lang", settings.lang});
    }
    WindowGame game(*window, file, settings, notice, dirs);
    window->run([&](platform::EventLoop& loop) { game.frame(loop); });
    return 0;
}

}  // namespace saqbol
