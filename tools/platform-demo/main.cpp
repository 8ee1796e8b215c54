// SPDX-License-Identifier: MIT
// platform_demo: exercises engine_platform end to end.
//   headless (default): renders a Kazakh/Russian/English sample with ImDrawList shapes to
//                       --out FILE.png and reports glyphs the font lacks (exit 1 if any);
//   --window:           the same UI in a real window (--frames N then exit; 0 = until closed),
//                       printing start-up and frame times (for docs/renderer.md);
//   --self-check:       idle event loop (no redraw without input) and audio, no display.
// Depends on engine_platform and Dear ImGui only; never on SDL directly.
#include "platform/audio.h"
#include "platform/event_loop.h"
#include "platform/fonts.h"
#include "platform/headless.h"
#include "platform/ui_context.h"
#include "platform/window.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace pf = saqbol::platform;

namespace {

const std::vector<std::string> kSamples = {
    "Сақ бол! Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі — 480 000 ₸ «код» …",
    "Кодты ешкімге айтпаңыз: банк қызметкері оны ешқашан сұрамайды.",
    "Осторожно! Никому не сообщайте код из SMS — даже «сотруднику банка».",
    "Be careful! Never share the code from an SMS — not even with “the bank”.",
};
const char* const kBoldLine = "1414: Сіздің кодыңыз 4821. Ешкімге айтпаңыз!";

void drawSample() {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(20, 20), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x - 40, io.DisplaySize.y - 40),
                             ImGuiCond_Always);
    ImGui::Begin("Сақ бол! — SaqBol platform demo", nullptr, ImGuiWindowFlags_NoCollapse);
    for (const std::string& line : kSamples) ImGui::TextUnformatted(line.c_str());
    ImFont* bold = io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : nullptr;
    if (bold != nullptr) ImGui::PushFont(bold);
    ImGui::TextUnformatted(kBoldLine);
    if (bold != nullptr) ImGui::PopFont();
    ImGui::Button("Жауап беру / Ответить / Answer");
    ImGui::Separator();

    // A phone with two message bubbles, drawn with ImDrawList's rounded shapes.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float unit = ImGui::GetFontSize();
    const ImVec2 phoneMax(origin.x + unit * 16, origin.y + unit * 14);
    draw->AddRectFilled(origin, phoneMax, IM_COL32(24, 26, 32, 255), unit * 1.2f);
    draw->AddRect(origin, phoneMax, IM_COL32(160, 170, 190, 255), unit * 1.2f, 0, 2.0f);
    const ImVec2 in0(origin.x + unit, origin.y + unit * 1.5f);
    const ImVec2 in1(origin.x + unit * 12, origin.y + unit * 4.5f);
    draw->AddRectFilled(in0, in1, IM_COL32(58, 62, 74, 255), unit * 0.6f);
    draw->AddText(ImVec2(in0.x + unit * 0.5f, in0.y + unit * 0.4f), IM_COL32_WHITE, "1414");
    draw->AddText(ImVec2(in0.x + unit * 0.5f, in0.y + unit * 1.6f), IM_COL32_WHITE, "Код: 4821");
    const ImVec2 out0(origin.x + unit * 4, origin.y + unit * 5.5f);
    const ImVec2 out1(origin.x + unit * 15, origin.y + unit * 8.0f);
    draw->AddRectFilled(out0, out1, IM_COL32(46, 125, 90, 255), unit * 0.6f);
    draw->AddText(ImVec2(out0.x + unit * 0.5f, out0.y + unit * 0.6f), IM_COL32_WHITE,
                  "Айтпаймын!");
    draw->AddCircleFilled(ImVec2(origin.x + unit * 8, origin.y + unit * 12), unit * 1.2f,
                          IM_COL32(200, 60, 60, 255));
    draw->AddRectFilled(ImVec2(origin.x + unit * 18, origin.y),
                        ImVec2(origin.x + unit * 30, origin.y + unit * 3),
                        IM_COL32(230, 180, 40, 255), unit * 1.5f);
    ImGui::Dummy(ImVec2(unit * 30, unit * 14));
    ImGui::End();
}

std::vector<std::string> atlasTexts() {
    std::vector<std::string> texts = kSamples;
    texts.emplace_back(kBoldLine);
    texts.emplace_back("Сақ бол! — SaqBol platform demo");  // window title
    texts.emplace_back("Жауап беру / Ответить / Answer Код: 4821 Айтпаймын!");
    return texts;
}

int reportMissing(pf::UiContext& ui) {
    std::vector<char32_t> missing;
    for (const std::string& text : atlasTexts()) {
        for (char32_t cp : ui.missingGlyphs(text)) missing.push_back(cp);
    }
    const pf::FontReport& fonts = ui.fontReport();
    std::printf("font: %s (bold: %s), %.0f px, %d glyphs\n",
                fonts.builtinFallback ? "ImGui built-in" : fonts.files.regular.c_str(),
                fonts.files.bold.empty() ? "none" : fonts.files.bold.c_str(), fonts.pixelSize,
                fonts.glyphCount);
    if (missing.empty()) {
        std::printf("missing glyphs: none\n");
        return 0;
    }
    std::printf("missing glyphs: %s\n", pf::describeCodepoints(missing).c_str());
    return 1;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int runWindow(const pf::WindowOptions& options, int frames) {
    const auto start = std::chrono::steady_clock::now();
    std::string error;
    auto window = pf::Window::open(options, &error);
    if (!window) {
        std::fprintf(stderr, "platform_demo: %s\n", error.c_str());
        return 1;
    }
    const auto ui = [](pf::EventLoop&) { drawSample(); };
    window->drawFrame(ui);
    std::printf("renderer: %s\nfirst frame after: %.1f ms\n", window->rendererName().c_str(),
                secondsSince(start) * 1000.0);
    if (frames <= 0) {
        window->run(ui);
    } else {
        const auto loopStart = std::chrono::steady_clock::now();
        for (int i = 1; i < frames; ++i) window->drawFrame(ui);
        std::printf("frame time: %.2f ms (mean of %d)\n",
                    secondsSince(loopStart) * 1000.0 / std::max(frames - 1, 1), frames - 1);
    }
    return reportMissing(window->ui());
}

int selfCheck() {
    int failures = 0;
    const auto expect = [&](bool ok, const char* what) {
        std::printf("%s: %s\n", ok ? "ok  " : "FAIL", what);
        if (!ok) ++failures;
    };
    std::uint64_t drawn = 0;
    pf::EventLoop loop(nullptr, [&] { ++drawn; });
    loop.step(0);
    expect(drawn == 1, "the first step draws the first frame");
    for (int i = 0; i < 3; ++i) loop.step(30);
    expect(drawn == 1 && loop.framesDrawn() == 1, "no redraw without input (3 idle waits)");
    loop.wakeAfter(20);
    loop.step(200);
    expect(drawn == 2, "a timer wakes the loop for one frame");
    loop.requestRedraw();
    loop.step(0);
    loop.step(30);
    expect(drawn == 3, "requestRedraw() draws exactly once");
    pf::EventLoop::wake();  // stands in for input: any event
    for (int i = 0; i < 4; ++i) loop.step(30);
    expect(drawn == 3 + pf::EventLoop::kSettleFrames && loop.eventsHandled() == 1,
           "an event redraws kSettleFrames frames, then the loop idles again");
    const std::uint64_t beforeAnimation = drawn;
    loop.animateFor(200);
    const auto animStart = std::chrono::steady_clock::now();
    while (secondsSince(animStart) < 0.4) loop.step(50);
    const std::uint64_t animated = drawn - beforeAnimation;
    std::printf("      a 200 ms animation drew %llu frames\n",
                static_cast<unsigned long long>(animated));
    expect(animated >= 6 && animated <= 16, "animateFor() draws continuously, capped at 60 fps");

    for (pf::Sound sound : {pf::Sound::Ring, pf::Sound::Ping}) {
        const std::vector<float> s = pf::synthesize(sound, 48000);
        float peak = 0.0f;
        for (float v : s) peak = std::max(peak, std::fabs(v));
        expect(!s.empty() && peak > 0.1f && peak <= 1.0f, "sound peak within (0.1, 1]");
        expect(std::fabs(s.front()) < 1e-3f && std::fabs(s.back()) < 1e-3f,
               "sound starts and ends silent");
    }
    pf::Audio audio;
    const bool opened = audio.open();
    std::printf("audio device: %s\n", opened ? "open" : audio.lastError().c_str());
    audio.play(pf::Sound::Ping);
    audio.play(pf::Sound::Ring, 2);
    audio.stop(pf::Sound::Ring);
    audio.setMuted(true);
    audio.play(pf::Sound::Ping);
    expect(true, "audio calls are harmless with or without a device");
    return failures == 0 ? 0 : 1;
}

void printUsage(std::FILE* to) {
    std::fprintf(to,
                 "usage: platform_demo --out FILE.png [--width W] [--height H] [--ratio R]\n"
                 "                     [--size S|M|L|XL] [--frames N]\n"
                 "       platform_demo --window [--renderer auto|software|opengl] [--frames N]\n"
                 "       platform_demo --self-check\n");
}

int usage() {
    printUsage(stderr);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string out;
    bool window = false;
    int frames = -1;
    pf::HeadlessOptions headless;
    pf::WindowOptions windowed;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--help" || arg == "-h") {
            printUsage(stdout);
            return 0;
        }
        if (arg == "--self-check") return selfCheck();
        if (arg == "--window") {
            window = true;
        } else if (arg == "--out" && hasValue) {
            out = argv[++i];
        } else if (arg == "--width" && hasValue) {
            headless.width = windowed.width = std::atoi(argv[++i]);
        } else if (arg == "--height" && hasValue) {
            headless.height = windowed.height = std::atoi(argv[++i]);
        } else if (arg == "--ratio" && hasValue) {
            headless.pixelRatio = static_cast<float>(std::atof(argv[++i]));
        } else if (arg == "--frames" && hasValue) {
            frames = std::atoi(argv[++i]);
        } else if (arg == "--size" && hasValue) {
            if (!pf::parseTextSize(argv[++i], &headless.textSize)) return usage();
            windowed.textSize = headless.textSize;
        } else if (arg == "--renderer" && hasValue) {
            if (!pf::parseRendererKind(argv[++i], &windowed.renderer)) return usage();
        } else {
            std::fprintf(stderr, "platform_demo: unknown or incomplete option '%s'\n", arg.c_str());
            return usage();
        }
    }
    headless.texts = windowed.texts = atlasTexts();
    if (window) return runWindow(windowed, frames < 0 ? 0 : frames);
    if (out.empty()) return usage();

    std::string error;
    auto host = pf::Headless::create(headless, &error);
    if (!host) {
        std::fprintf(stderr, "platform_demo: %s\n", error.c_str());
        return 1;
    }
    host->renderFrames(frames < 1 ? 3 : frames, drawSample);
    if (!host->savePng(out, &error)) {
        std::fprintf(stderr, "platform_demo: %s\n", error.c_str());
        return 1;
    }
    std::printf("wrote %s (%dx%d px, %llu frames)\n", out.c_str(), host->pixelWidth(),
                host->pixelHeight(), host->framesDrawn());
    return reportMissing(host->ui());
}
