// SPDX-License-Identifier: MIT
// The platform layer, run for real with no display: the idle loop draws nothing without
// input, and headless capture renders Kazakh text with every glyph into a PNG.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <imgui.h>

#include "image_check.h"
#include "platform/event_loop.h"
#include "platform/fonts.h"
#include "platform/headless.h"
#include "platform/ui_context.h"
#include "platform/window.h"

namespace pf = saqbol::platform;

TEST_CASE("the event loop draws the first frame, then nothing until something happens") {
    int drawn = 0;
    pf::EventLoop loop(nullptr, [&] { ++drawn; });
    loop.step(0);
    CHECK(drawn == 1);
    for (int i = 0; i < 3; ++i) loop.step(20);
    CHECK(drawn == 1);
    CHECK(loop.framesDrawn() == 1);
    loop.requestRedraw();
    loop.step(0);
    loop.step(20);
    CHECK(drawn == 2);
    pf::EventLoop::wake();  // any event, as input would be
    for (int i = 0; i < 4; ++i) loop.step(20);
    CHECK(drawn == 2 + pf::EventLoop::kSettleFrames);
}

TEST_CASE("a redraw asked for while a frame is drawn gets a frame of its own") {
    // The window asks for its second frame while drawing the first (start-up goes on after
    // the first frame is on screen); that request must not be swallowed.
    int drawn = 0;
    pf::EventLoop* self = nullptr;
    pf::EventLoop loop(nullptr, [&] {
        if (++drawn == 1) self->requestRedraw();
    });
    self = &loop;
    loop.step(0);
    CHECK(drawn == 1);
    loop.step(20);
    CHECK(drawn == 2);
    for (int i = 0; i < 3; ++i) loop.step(20);
    CHECK(drawn == 2);
}

TEST_CASE("symbols the first font lacks come from the fallback, which is read only then") {
    const pf::FontFiles files = pf::findFontFiles({});
    REQUIRE_MESSAGE(!files.regular.empty(), "no font with Kazakh letters installed");
    ImFontAtlas atlas;
    // Letters every font here has: the first font (and its bold) alone.
    pf::buildFontAtlas(atlas, {"Сақ бол! Ә Ғ Қ Ң Ө Ұ Ү Һ І"}, 18.0f, files);
    REQUIRE(atlas.Fonts.Size >= 1);
    const int alone = atlas.ConfigData.Size;
    CHECK(alone == (files.bold.empty() ? 1 : 2));
    // Arrows and ticks, which Noto Sans lacks: merged from DejaVu Sans, in regular and bold.
    const std::string symbols = "→ ✓ ✕";
    pf::buildFontAtlas(atlas, {std::string("Сақ бол! ") + symbols}, 18.0f, files);
    for (ImFont* font : atlas.Fonts) {
        CHECK_MESSAGE(pf::missingGlyphs(*font, symbols).empty(), pf::describeCodepoints(pf::missingGlyphs(*font, symbols)));
        CHECK(pf::missingGlyphs(*font, "Сақ бол!").empty());
    }
    if (!files.fallbacks.empty()) CHECK(atlas.ConfigData.Size > alone);
}

TEST_CASE("a minus sign the first font lacks is drawn as its own en dash, with no fallback read") {
    const pf::FontFiles files = pf::findFontFiles({});
    REQUIRE_MESSAGE(!files.regular.empty(), "no font with Kazakh letters installed");
    ImFontAtlas atlas;
    pf::buildFontAtlas(atlas, {"Сақ бол!"}, 18.0f, files);
    const int alone = atlas.ConfigData.Size;
    // A bank's debit, as the scenarios write it.
    const std::string debit = "Аударым орындалды: −480 000 ₸";
    pf::buildFontAtlas(atlas, {debit}, 18.0f, files);
    for (ImFont* font : atlas.Fonts) {
        CHECK_MESSAGE(pf::missingGlyphs(*font, debit).empty(),
                      pf::describeCodepoints(pf::missingGlyphs(*font, debit)));
        const ImFontGlyph* minus = font->FindGlyphNoFallback(0x2212);
        REQUIRE(minus != nullptr);
        // Drawn by a font of the family itself: Noto Sans's en dash where it lacks the
        // minus; a font that has the minus draws its own.
        const ImFontGlyph* dash = font->FindGlyphNoFallback(0x2013);
        REQUIRE(dash != nullptr);
        if (minus->Codepoint == 0x2013) CHECK(minus == dash);
    }
    // Nothing but the minus was lacking: no fallback font was read for it.
    CHECK(atlas.ConfigData.Size == alone);
}

TEST_CASE("new texts with new letters get them in the atlas; the same letters keep it") {
    pf::HeadlessOptions options;
    options.width = 200;
    options.height = 80;
    options.texts = {"Сақ бол"};
    std::string error;
    auto host = pf::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);
    const auto draw = [] { ImGui::TextUnformatted("x"); };
    host->renderFrames(1, draw);
    const int glyphs = host->ui().fontReport().glyphCount;
    const int builds = host->ui().fontBuilds();
    // The same letters in another order: the atlas is kept as it is.
    host->ui().setTexts({"бол Сақ", "ақ"});
    host->renderFrames(1, draw);
    CHECK(host->ui().fontBuilds() == builds);
    CHECK(host->ui().fontReport().glyphCount == glyphs);
    // Letters the atlas lacks: it is built again with them.
    const std::string more = "Өңір Һ Ұ";
    CHECK_FALSE(host->ui().missingGlyphs(more).empty());
    host->ui().setTexts({"Сақ бол", more});
    host->renderFrames(1, draw);
    CHECK_MESSAGE(host->ui().missingGlyphs(more).empty(), pf::describeCodepoints(host->ui().missingGlyphs(more)));
    CHECK(host->ui().fontReport().glyphCount > glyphs);
    CHECK(host->ui().fontBuilds() == builds + 1);
}

TEST_CASE("headless capture draws Kazakh, Russian and English text with no missing glyph") {
    const std::string sample = std::string("Сақ бол! 480 000 ₸ «код» — Осторожно! Be careful… ") + pf::kCyrillicAlphabets;
    pf::HeadlessOptions options;
    options.width = 480;
    options.height = 200;
    options.texts = {sample};
    std::string error;
    auto host = pf::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);
    host->renderFrames(2, [&] {
        ImGui::SetNextWindowPos(ImVec2(10, 10));
        ImGui::SetNextWindowSize(ImVec2(460, 180));
        ImGui::Begin("sample");
        ImGui::TextWrapped("%s", sample.c_str());
        ImGui::End();
    });
    CHECK_MESSAGE(host->ui().missingGlyphs(sample).empty(),
                  pf::describeCodepoints(host->ui().missingGlyphs(sample)));
    CHECK_FALSE(host->ui().fontReport().builtinFallback);

    const auto png = std::filesystem::temp_directory_path() / "saqbol-platform-test.png";
    REQUIRE_MESSAGE(host->savePng(png.string(), &error), error);
    const saqbol::test::Image image = saqbol::test::readPng(png.string());
    CHECK(image.width == 480);
    CHECK(image.height == 200);
    CHECK(saqbol::test::distinctColours(image) > 16);  // antialiased text, not a flat frame
    std::filesystem::remove(png);
}

TEST_CASE("a window's frame, painted straight into the window's surface, is the headless frame pixel for pixel") {
    // In a window SDL's software renderer draws into the window's own surface, and our
    // rasteriser paints there directly (no frame of its own for SDL to copy); headless it
    // paints into a texture that SDL copies. The two must give the same picture.
    ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
    const std::string sample = "Сақ бол! Ә Ғ Қ Ң Ө Ұ Ү Һ І — Осторожно! Be careful… 480 000 ₸";
    const auto draw = [&] {
        ImGui::SetNextWindowPos(ImVec2(12, 8));
        ImGui::SetNextWindowSize(ImVec2(440, 170));
        ImGui::Begin("sample");
        ImGui::TextWrapped("%s", sample.c_str());
        ImGui::Button("OK");
        ImDrawList* shapes = ImGui::GetWindowDrawList();
        shapes->AddCircleFilled(ImVec2(400, 150), 14.0f, IM_COL32(200, 40, 40, 255));
        shapes->AddRectFilled(ImVec2(300, 120), ImVec2(360, 160), IM_COL32(20, 120, 220, 160), 6.0f);
        ImGui::End();
    };
    const auto dir = std::filesystem::temp_directory_path();
    const std::string in_window = (dir / "saqbol-window-surface.png").string();
    const std::string headless_png = (dir / "saqbol-window-headless.png").string();
    std::string error;
    {
        pf::WindowOptions options;
        options.width = 640;
        options.height = 360;
        options.texts = {sample};
        auto window = pf::Window::open(options, &error);
        REQUIRE_MESSAGE(window != nullptr, error);
        REQUIRE(window->rendererName() == "software");
        const auto ui = [&](pf::EventLoop&) { draw(); };
        REQUIRE(window->drawFrame(ui));
        REQUIRE_MESSAGE(window->drawFrame(ui, in_window, &error), error);
    }
    {
        pf::HeadlessOptions options;
        options.width = 640;
        options.height = 360;
        options.texts = {sample};
        auto host = pf::Headless::create(options, &error);
        REQUIRE_MESSAGE(host != nullptr, error);
        host->renderFrames(2, draw);
        REQUIRE_MESSAGE(host->savePng(headless_png, &error), error);
    }
    const saqbol::test::Image window_image = saqbol::test::readPng(in_window);
    const saqbol::test::Image headless_image = saqbol::test::readPng(headless_png);
    REQUIRE(window_image.width == 640);
    REQUIRE(window_image.height == 360);
    CHECK(saqbol::test::distinctColours(window_image) > 16);
    REQUIRE(headless_image.width == window_image.width);
    REQUIRE(headless_image.height == window_image.height);
    std::size_t differ = 0;
    for (std::size_t i = 0; i < window_image.pixels.size(); ++i) differ += window_image.pixels[i] != headless_image.pixels[i];
    CHECK(differ == 0);
    std::filesystem::remove(in_window);
    std::filesystem::remove(headless_png);
}
