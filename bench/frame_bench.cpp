// SPDX-License-Identifier: MIT
// saqbol-frame-bench: the CPU time one frame of the game window costs, for each app of the
// phone, the debrief and the start menu, and for the densest moment of the shipped
// scenarios. It walks every shipped scenario's choices breadth first, takes for each app
// the first moment where that app is in front (and an ending for the debrief), draws each
// screen `--frames` times and prints the median, lowest and highest CPU time per frame
// (CLOCK_PROCESS_CPUTIME_ID: every thread of the process, so a GL driver's threads count).
// Headless (SDL's software renderer into memory, like `saqbol screenshot`) by default;
// `--window` opens a real window (`--renderer software|accelerated`), for Xvfb + Mesa.
// Used by bench/run; numbers go to docs/performance.md, never into tests.
#include <SDL.h>
#include <imgui.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "phone.h"
#include "platform/headless.h"
#include "platform/window.h"
#include "po_reader.h"
#include "scenario_loader.h"
#include "scenario_text.h"
#include "session.h"
#include "shell.h"

namespace {

using namespace saqbol;

constexpr const char* kHelp = R"(usage: saqbol-frame-bench [--window] [--renderer software|accelerated] [--size WxH]
                          [--frames N] [--lang kk|ru|en] [--root DIR]

Prints, for the start menu, each app of the phone, the densest moment of the shipped
scenarios and the debrief, the CPU time of one frame (median, lowest, highest of N frames,
after 3 unmeasured ones) as tab-separated lines:
  screen  scenario:node  median_ms  min_ms  max_ms  vertices
Headless with the software renderer unless --window (then a real window: run it under
Xvfb; --renderer accelerated = SDL's OpenGL renderer, Mesa's llvmpipe there).
)";

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// A scenario loaded with its texts in one language.
struct Game {
    LoadResult loaded;
    Catalog catalog;
    std::unique_ptr<ScenarioText> words;
    std::string id;
};

// One screen to measure.
struct Target {
    std::string name;       // "menu", "messages", "debrief", "densest", ...
    const Game* game = nullptr;
    std::optional<Session> session;
    ui::Screen screen = ui::Screen::Phone;
    std::size_t vertices = 0;
};

// Draws frames with either host; returns the vertex count of the last frame.
class Host {
public:
    Host(std::unique_ptr<platform::Headless> headless, std::unique_ptr<platform::Window> window)
        : headless_(std::move(headless)), window_(std::move(window)) {}
    std::size_t frame(const std::function<void()>& ui) {
        if (headless_) {
            headless_->renderFrames(1, ui);
        } else {
            SDL_Event event;
            while (SDL_PollEvent(&event)) window_->handleEvent(event);
            window_->drawFrame([&ui](platform::EventLoop&) { ui(); });
        }
        const ImDrawData* data = ImGui::GetDrawData();
        return data != nullptr ? static_cast<std::size_t>(data->TotalVtxCount) : 0;
    }

private:
    std::unique_ptr<platform::Headless> headless_;
    std::unique_ptr<platform::Window> window_;
};

// Every moment of `game` reached by playing its choices breadth first (one session per node).
std::vector<Session> moments(const Game& game) {
    std::vector<Session> found;
    std::set<std::string> seen;
    std::deque<Session> queue;
    queue.emplace_back(game.loaded.host->scenario(), game.loaded.host.get());
    seen.insert(queue.front().node().id);
    while (!queue.empty()) {
        Session session = std::move(queue.front());
        queue.pop_front();
        found.push_back(session);
        if (session.ended()) continue;
        for (const Choice* choice : session.shownChoices()) {
            Session next = session;
            if (next.choose(choice->id) != Session::Result::Ok) continue;
            if (seen.insert(next.node().id).second) queue.push_back(std::move(next));
        }
    }
    return found;
}

bool parseSize(const std::string& text, int* width, int* height) {
    return std::sscanf(text.c_str(), "%dx%d", width, height) == 2 && *width >= 320 && *height >= 240;
}

}  // namespace

int main(int argc, char** argv) {
    bool use_window = false;
    platform::RendererKind renderer = platform::RendererKind::Software;
    int width = 1280, height = 720, frames = 30;
    std::string lang = "kk";
    std::filesystem::path root = SAQBOL_SOURCE_DIR;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool has_value = i + 1 < argc;
        if (a == "--help" || a == "-h") {
            std::cout << kHelp;
            return 0;
        } else if (a == "--window") {
            use_window = true;
        } else if (a == "--renderer" && has_value && platform::parseRendererKind(argv[i + 1], &renderer)) {
            ++i;
        } else if (a == "--size" && has_value && parseSize(argv[i + 1], &width, &height)) {
            ++i;
        } else if (a == "--frames" && has_value && std::atoi(argv[i + 1]) > 0) {
            frames = std::atoi(argv[++i]);
        } else if (a == "--lang" && has_value) {
            lang = argv[++i];
        } else if (a == "--root" && has_value) {
            root = argv[++i];
        } else {
            std::cerr << "saqbol-frame-bench: unknown or incomplete option '" << a << "'\n" << kHelp;
            return 2;
        }
    }

    // The shipped scenarios, in one language.
    const UiText words = loadUiText(lang, root, nullptr);
    std::vector<std::unique_ptr<Game>> games;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(root / "scenarios"))
        if (entry.path().extension() == ".lua") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        auto game = std::make_unique<Game>();
        game->loaded = loadScenario(file.string());
        if (!game->loaded.host) {
            std::cerr << "saqbol-frame-bench: " << file.string() << " does not load; skipped\n";
            continue;
        }
        game->catalog = loadScenarioCatalog(game->loaded.host->scenario(), lang, nullptr);
        game->words = std::make_unique<ScenarioText>(game->loaded.host->scenario(), game->catalog, words);
        game->id = game->loaded.host->scenario().id;
        games.push_back(std::move(game));
    }

    std::vector<std::string> texts = ui::shellTexts(words, {});
    for (const auto& game : games) {
        const std::vector<std::string> more = ui::screenTexts(*game->words);
        texts.insert(texts.end(), more.begin(), more.end());
    }
    std::string error;
    std::unique_ptr<Host> host;
    if (use_window) {
        platform::WindowOptions options;
        options.width = width;
        options.height = height;
        options.renderer = renderer;
        options.vsync = false;  // CPU per frame, not the wait for the screen
        options.texts = texts;
        auto window = platform::Window::open(options, &error);
        if (!window) {
            std::cerr << "saqbol-frame-bench: no window: " << error << "\n";
            return 1;
        }
        std::cerr << "saqbol-frame-bench: window with the " << window->rendererName() << " renderer\n";
        host = std::make_unique<Host>(nullptr, std::move(window));
    } else {
        platform::HeadlessOptions options;
        options.width = width;
        options.height = height;
        options.texts = texts;
        auto headless = platform::Headless::create(options, &error);
        if (!headless) {
            std::cerr << "saqbol-frame-bench: " << error << "\n";
            return 1;
        }
        host = std::make_unique<Host>(std::move(headless), nullptr);
    }

    ui::ShellModel model;
    model.ui = &words;
    model.settings.lang = lang;
    ui::Shell shell;
    auto draw = [&](const Target& target) {
        model.session = target.session ? &*target.session : nullptr;
        model.words = target.game != nullptr ? target.game->words.get() : nullptr;
        shell.show(target.screen);
        return host->frame([&] { shell.draw(model, {}, nullptr); });
    };

    // The screens: the menu, the first moment of each app in front, an ending's debrief, and
    // the moment with the most vertices (the densest text).
    std::vector<Target> targets;
    targets.push_back({"menu", nullptr, std::nullopt, ui::Screen::Menu, 0});
    std::map<App, Target> by_app;
    std::optional<Target> debrief, densest;
    for (const auto& game : games) {
        for (Session& session : moments(*game)) {
            if (session.ended()) {
                if (!debrief) debrief = Target{"debrief", game.get(), session, ui::Screen::Debrief, 0};
                continue;
            }
            Target target{"", game.get(), session, ui::Screen::Phone, 0};
            target.vertices = draw(target);
            const App app = phoneView(session).front;
            if (!by_app.count(app)) {
                target.name = nameOf(app);
                by_app.emplace(app, target);
            }
            if (!densest || target.vertices > densest->vertices) {
                densest = target;
                densest->name = "densest";
            }
        }
    }
    for (auto& [app, target] : by_app) targets.push_back(std::move(target));
    if (densest) targets.push_back(std::move(*densest));
    if (debrief) targets.push_back(std::move(*debrief));

    std::cout << "screen\tmoment\tmedian_ms\tmin_ms\tmax_ms\tvertices\n";
    for (const Target& target : targets) {
        for (int i = 0; i < 3; ++i) draw(target);  // settle: layouts, fonts, caches
        std::vector<double> costs;
        std::size_t vertices = 0;
        for (int i = 0; i < frames; ++i) {
            const double before = cpuMs();
            vertices = draw(target);
            costs.push_back(cpuMs() - before);
        }
        std::sort(costs.begin(), costs.end());
        const std::string moment = target.session ? target.game->id + ":" + target.session->node().id : "-";
        std::printf("%s\t%s\t%.3f\t%.3f\t%.3f\t%zu\n", target.name.c_str(), moment.c_str(), costs[costs.size() / 2],
                    costs.front(), costs.back(), vertices);
    }
    return 0;
}
