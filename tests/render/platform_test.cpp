// SPDX-License-Identifier: MIT
// The platform layer, run for real with no display: the idle loop draws nothing without
// input, and headless capture renders Kazakh text with every glyph into a PNG.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include <imgui.h>

#include "image_check.h"
#include "platform/event_loop.h"
#include "platform/fonts.h"
#include "platform/headless.h"
#include "platform/ui_context.h"

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
